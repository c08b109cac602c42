package org.ancrage.jobs;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ancrage.security.Roles;

/**
 * When the jobs run by themselves: persistent timers, stored with the application's data, so that
 * a tick missed while the server was down fires once on restart and, on a cluster, on one
 * instance only.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RunAs(Roles.ADMINISTRATOR)
public class JobSchedule {

    private static final Logger LOG = Logger.getLogger(JobSchedule.class.getName());

    @EJB
    private JobControl control;

    @Schedule(hour = "5", minute = "30", persistent = true, info = "daily deadline reminders")
    void remindDeadlines() {
        start(Jobs.REMINDERS);
    }

    /** Before the month's calls and the reminders: a departure of the day is applied first. */
    @Schedule(hour = "0", minute = "30", persistent = true, info = "daily scheduled departures")
    void applyScheduledDepartures() {
        start(Jobs.SCHEDULED_DEPARTURES);
    }

    @Schedule(dayOfMonth = "1", hour = "4", minute = "0", persistent = true, info = "monthly rent calls")
    void callRents() {
        start(Jobs.RENT_CALLS);
    }

    /** Each month the statistics of the year so far; in January, those of the year just ended. */
    @Schedule(dayOfMonth = "1", hour = "2", minute = "0", persistent = true, info = "monthly statistics")
    void takeStatistics() {
        LocalDate today = LocalDate.now();
        start(Jobs.STATISTICS, today.getMonthValue() == 1 ? today.getYear() - 1 : today.getYear());
    }

    @Schedule(dayOfWeek = "Sun", hour = "3", minute = "0", persistent = true, info = "weekly retention")
    void applyRetention() {
        start(Jobs.RETENTION);
    }

    private void start(String job) {
        start(job, null);
    }

    private void start(String job, Integer year) {
        Properties parameters = new Properties();
        if (year != null) {
            parameters.setProperty(Jobs.YEAR, year.toString());
        }
        try {
            control.start(job, parameters);
        } catch (JobAlreadyRunning e) {
            LOG.log(Level.WARNING, "Scheduled run of {0} not started: an execution still runs", job);
        }
    }
}
