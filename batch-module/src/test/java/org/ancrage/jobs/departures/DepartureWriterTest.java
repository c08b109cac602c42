package org.ancrage.jobs.departures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.batch.runtime.context.JobContext;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.ancrage.housing.HousingRefused;
import org.ancrage.housing.OccupancyService;
import org.ancrage.jobs.JobIdentity;
import org.ancrage.jobs.JobProblems;
import org.ancrage.jobs.JobTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The daily scheduled departures job: its run date parameter, and a departure the housing rules refuse is
 * reported with its reason while the others of the chunk are applied.
 */
class DepartureWriterTest {

    @Test
    void theDayIsTheParameterOrToday() {
        assertEquals(LocalDate.of(2026, 3, 31), DepartureWriter.day("2026-03-31"));
        LocalDate before = LocalDate.now();
        LocalDate absent = DepartureWriter.day(null);
        LocalDate blank = DepartureWriter.day("");
        LocalDate after = LocalDate.now();
        assertEquals(true, !absent.isBefore(before) && !absent.isAfter(after), absent.toString());
        assertEquals(true, !blank.isBefore(before) && !blank.isAfter(after), blank.toString());
        assertThrows(DateTimeParseException.class, () -> DepartureWriter.day("31/03/2026"));
    }

    @Test
    void aRefusedDepartureIsReportedAndTheOthersOfTheChunkAreApplied() {
        List<String> applied = new ArrayList<>();
        OccupancyService occupancies = new OccupancyService() {
            @Override
            public boolean applyScheduledDeparture(long scheduledId, LocalDate on) {
                if (scheduledId == 8) {
                    throw new HousingRefused("occupancy.leaseEnded");
                }
                applied.add(scheduledId + " on " + on);
                return true;
            }
        };
        List<String> reported = new ArrayList<>();
        JobProblems problems = new JobProblems() {
            @Override
            public void record(long executionId, String jobName, String item, String reason) {
                reported.add(executionId + " " + jobName + " " + item + ": " + reason);
            }
        };
        JobContext job = (JobContext) Proxy.newProxyInstance(JobContext.class.getClassLoader(),
                new Class<?>[] {JobContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getExecutionId" -> 41L;
                    case "getJobName" -> "scheduled-departures";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        DepartureWriter writer = new DepartureWriter();
        JobTestSupport.set(writer, "identity", new JobIdentity());
        JobTestSupport.set(writer, "occupancies", occupancies);
        JobTestSupport.set(writer, "problems", problems);
        JobTestSupport.set(writer, "job", job);
        JobTestSupport.set(writer, "runDate", "2026-04-01");

        writer.writeItems(List.of(5L, 8L, 13L));

        assertEquals(List.of("5 on 2026-04-01", "13 on 2026-04-01"), applied);
        assertEquals(1, reported.size(), reported.toString());
        assertEquals(true, reported.get(0).startsWith("41 scheduled-departures scheduled departure 8: "),
                reported.get(0));
    }
}
