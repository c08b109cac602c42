package org.ancrage.jobs.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ancrage.jobs.JobIdentity;
import org.ancrage.jobs.JobTestSupport;
import org.ancrage.reminders.AlertKind;
import org.ancrage.reminders.Deadline;
import org.ancrage.reminders.DeadlineWatch;
import org.ancrage.reminders.DeadlineWatch.Raise;
import org.junit.jupiter.api.Test;

/**
 * The reminders job's writer: a chunk's alerts in one batch, after resolving those whose deadline the
 * chunk's measures no longer have (so that an alert raised again in the same chunk is not resolved).
 */
class AlertWriterTest {

    @Test
    void aChunkResolvesWhatIsGoneThenRaisesItsAlertsEachInOneCall() {
        List<String> calls = new ArrayList<>();
        DeadlineWatch watch = new DeadlineWatch() {
            @Override
            public int resolveGone(List<Standing> measures) {
                calls.add("resolve " + measures.stream().map(Standing::measureId).toList());
                return 0;
            }

            @Override
            public int raise(List<Raise> alerts) {
                calls.add("raise " + alerts.stream().map(r -> r.deadline().measureId() + "->" + r.recipientId())
                        .toList());
                return alerts.size();
            }
        };
        AlertWriter writer = new AlertWriter();
        JobTestSupport.set(writer, "identity", new JobIdentity());
        JobTestSupport.set(writer, "watch", watch);

        AlertKind kind = AlertKind.values()[0];
        Deadline first = new Deadline(kind, 7, 70, 1, 100, LocalDate.of(2026, 5, 1));
        Deadline second = new Deadline(kind, 9, 90, 1, 100, LocalDate.of(2026, 5, 2));
        writer.writeItems(List.of(
                new DeadlineProcessor.Watched(List.of(new Raise(first, 100), new Raise(first, 200)),
                        new DeadlineWatch.Standing(7, List.of(first))),
                new DeadlineProcessor.Watched(List.of(), new DeadlineWatch.Standing(8, List.of())),
                new DeadlineProcessor.Watched(List.of(new Raise(second, 100)),
                        new DeadlineWatch.Standing(9, List.of(second)))));

        assertEquals(List.of("resolve [7, 8, 9]", "raise [7->100, 7->200, 9->100]"), calls);
    }
}
