package org.ancrage.jobs.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.Serializable;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.ancrage.jobs.JobIdentity;
import org.ancrage.jobs.JobTestSupport;
import org.ancrage.jobs.Jobs;
import org.ancrage.reporting.StatisticsService;
import org.junit.jupiter.api.Test;

/** The statistics job: its year parameter, and a restart going on from the scope after the last checkpoint. */
class StatisticsScopeReaderTest {

    private final List<Integer> yearsAsked = new ArrayList<>();

    private StatisticsScopeReader reader(String year) {
        StatisticsService statistics = new StatisticsService() {
            @Override
            public List<long[]> scopesOf(int of) {
                yearsAsked.add(of);
                return List.of(new long[] {1, 10}, new long[] {1, 11}, new long[] {2, 10});
            }
        };
        StatisticsScopeReader reader = new StatisticsScopeReader();
        JobTestSupport.set(reader, "identity", new JobIdentity());
        JobTestSupport.set(reader, "statistics", statistics);
        JobTestSupport.set(reader, "year", year);
        return reader;
    }

    @Test
    void theYearIsTheParameterOrTheAssociationsCurrentYear() {
        assertEquals(2025, StatisticsScopeReader.year("2025"));
        int now = Year.now(Jobs.zone()).getValue();
        int absent = StatisticsScopeReader.year(null);
        assertEquals(true, absent == now || absent == now + 1, Integer.toString(absent));
        assertEquals(absent, StatisticsScopeReader.year(" "));
        assertThrows(NumberFormatException.class, () -> StatisticsScopeReader.year("2025a"));
    }

    @Test
    void everyScopeOfTheYearOnceAndARestartGoesOnAfterTheCheckpoint() {
        StatisticsScopeReader first = reader("2025");
        first.open(null);
        assertArrayEquals(new long[] {1, 10}, (long[]) first.readItem());
        assertArrayEquals(new long[] {1, 11}, (long[]) first.readItem());
        Serializable checkpoint = first.checkpointInfo();
        assertEquals(2, checkpoint);

        StatisticsScopeReader restarted = reader("2025");
        restarted.open(checkpoint);
        assertArrayEquals(new long[] {2, 10}, (long[]) restarted.readItem());
        assertNull(restarted.readItem());
        assertEquals(List.of(2025, 2025), yearsAsked);
    }
}
