package org.ancrage.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ancrage.security.Roles;

/**
 * When the jobs run by themselves: persistent timers, stored with the application's data, so that
 * a tick missed while the server was down fires once on restart and, on a cluster, on one
 * instance only. Their hours are the association's ({@link Jobs#zone()}, the domain's
 * {@code ancrage.timezone}), not the server's: the reminders run at 05:30 in Paris, whether the
 * server's clock says UTC or not. At each start the timers are made again if their hour or zone
 * changed.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RunAs(Roles.ADMINISTRATOR)
public class JobSchedule {

    private static final Logger LOG = Logger.getLogger(JobSchedule.class.getName());

    static final String REMINDERS = "daily deadline reminders";
    static final String RENT_CALLS = "monthly rent calls";
    static final String STATISTICS = "monthly statistics";
    static final String RETENTION = "weekly retention";
    static final String SCHEDULED_DEPARTURES = "daily scheduled departures";

    @EJB
    private JobControl control;

    @Resource
    private TimerService timers;

    /** The schedule, in the association's zone. */
    private static Map<String, ScheduleExpression> plan(String zone) {
        Map<String, ScheduleExpression> plan = new LinkedHashMap<>();
        // Before the month's calls and the reminders: a departure of the day is applied first.
        plan.put(SCHEDULED_DEPARTURES, new ScheduleExpression().hour("0").minute("30").timezone(zone));
        plan.put(REMINDERS, new ScheduleExpression().hour("5").minute("30").timezone(zone));
        plan.put(RENT_CALLS, new ScheduleExpression().dayOfMonth("1").hour("4").minute("0").timezone(zone));
        plan.put(STATISTICS, new ScheduleExpression().dayOfMonth("1").hour("2").minute("0").timezone(zone));
        plan.put(RETENTION, new ScheduleExpression().dayOfWeek("Sun").hour("3").minute("0").timezone(zone));
        return plan;
    }

    @PostConstruct
    void schedule() {
        String zone = Jobs.zone().getId();
        Map<String, ScheduleExpression> wanted = plan(zone);
        for (Timer timer : timers.getTimers()) {
            ScheduleExpression want = wanted.get(String.valueOf(timer.getInfo()));
            if (want != null && timer.isCalendarTimer() && same(timer.getSchedule(), want)) {
                wanted.remove(String.valueOf(timer.getInfo()));
            } else {
                timer.cancel();
            }
        }
        wanted.forEach((info, expression) -> timers.createCalendarTimer(expression, new TimerConfig(info, true)));
        if (!wanted.isEmpty()) {
            LOG.info(() -> "Job schedules set in the association's zone " + zone + ": " + wanted.keySet());
        }
    }

    private static boolean same(ScheduleExpression a, ScheduleExpression b) {
        return Objects.equals(a.getSecond(), b.getSecond()) && Objects.equals(a.getMinute(), b.getMinute())
                && Objects.equals(a.getHour(), b.getHour()) && Objects.equals(a.getDayOfMonth(), b.getDayOfMonth())
                && Objects.equals(a.getMonth(), b.getMonth()) && Objects.equals(a.getDayOfWeek(), b.getDayOfWeek())
                && Objects.equals(a.getYear(), b.getYear()) && Objects.equals(a.getTimezone(), b.getTimezone());
    }

    /** Each scheduled job with its zone and next run, as the server has them. */
    public List<String> plannedRuns() {
        return timers.getTimers().stream().filter(Timer::isCalendarTimer)
                .map(t -> t.getInfo() + " @ " + t.getSchedule().getTimezone() + " next " + t.getNextTimeout().toInstant())
                .sorted().toList();
    }

    @Timeout
    void fire(Timer timer) {
        switch (String.valueOf(timer.getInfo())) {
            case SCHEDULED_DEPARTURES -> start(Jobs.SCHEDULED_DEPARTURES, new Properties());
            case REMINDERS -> start(Jobs.REMINDERS, new Properties());
            case RENT_CALLS -> start(Jobs.RENT_CALLS, new Properties());
            case STATISTICS -> takeStatistics();
            case RETENTION -> applyRetention();
            default -> LOG.warning(() -> "Unknown job timer " + timer.getInfo());
        }
    }

    /** Each month the statistics of the year so far; in January, those of the year just ended. */
    private void takeStatistics() {
        LocalDate today = Jobs.today();
        Properties parameters = new Properties();
        parameters.setProperty(Jobs.YEAR, Integer.toString(today.getMonthValue() == 1 ? today.getYear() - 1 : today.getYear()));
        start(Jobs.STATISTICS, parameters);
    }

    /** The retention job's own default is a dry run: the weekly run is the one that says otherwise. */
    private void applyRetention() {
        Properties parameters = new Properties();
        parameters.setProperty(Jobs.DRY_RUN, "false");
        start(Jobs.RETENTION, parameters);
    }

    private void start(String job, Properties parameters) {
        parameters.setProperty(JobControl.STARTED_BY, "timer");
        try {
            control.start(job, parameters);
        } catch (JobAlreadyRunning e) {
            LOG.log(Level.WARNING, "Scheduled run of {0} not started: an execution still runs", job);
        }
    }
}
