package org.ancrage.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.ancrage.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The jobs run at the association's hours (the domain's ancrage.timezone, Europe/Paris), whatever
 * the server's zone: the daily reminders at 05:30 in Paris, so 03:30 or 04:30 UTC.
 */
@ExtendWith(ArquillianExtension.class)
class JobScheduleIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.application(JobScheduleIT.class);
    }

    @EJB JobSchedule schedule;

    @Test
    void theJobsRunAtTheAssociationsHours() {
        List<String> runs = schedule.plannedRuns();
        assertEquals(5, runs.size(), runs.toString()); // reminders, rent calls, statistics, retention, departures
        assertTrue(runs.stream().allMatch(r -> r.contains(" @ Europe/Paris next ")), runs.toString());
        String reminders = runs.stream().filter(r -> r.startsWith(JobSchedule.REMINDERS)).findFirst().orElseThrow();
        ZonedDateTime next = Instant.parse(reminders.substring(reminders.indexOf(" next ") + 6))
                .atZone(ZoneId.of("Europe/Paris"));
        assertEquals(5, next.getHour(), reminders);
        assertEquals(30, next.getMinute(), reminders);
        String departures = runs.stream().filter(r -> r.startsWith(JobSchedule.SCHEDULED_DEPARTURES)).findFirst()
                .orElseThrow();
        ZonedDateTime firstDeparture = Instant.parse(departures.substring(departures.indexOf(" next ") + 6))
                .atZone(ZoneId.of("Europe/Paris"));
        assertEquals(0, firstDeparture.getHour(), departures);
        assertEquals(30, firstDeparture.getMinute(), departures);
    }
}
