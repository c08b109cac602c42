package org.ancrage.jobs.rent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.ancrage.jobs.JobIdentity;
import org.ancrage.jobs.Jobs;
import org.ancrage.jobs.JobTestSupport;
import org.ancrage.rent.RentService;
import org.junit.jupiter.api.Test;

/** The monthly rent calls job: its month parameter, and one statement per chunk over the chunk's id range. */
class RentCallWriterTest {

    @Test
    void theMonthIsTheParameterOrTheAssociationsCurrentMonth() {
        assertEquals(YearMonth.of(2026, 3), RentCallWriter.month("2026-03"));
        YearMonth now = YearMonth.now(Jobs.zone());
        YearMonth absent = RentCallWriter.month(null);
        YearMonth blank = RentCallWriter.month("  ");
        // a run across midnight at the month's end may see the next month; never another one
        assertEquals(true, absent.equals(now) || absent.equals(now.plusMonths(1)), absent.toString());
        assertEquals(absent, blank);
        assertThrows(DateTimeException.class, () -> RentCallWriter.month("2026-13"));
        assertThrows(DateTimeException.class, () -> RentCallWriter.month("03/2026"));
    }

    @Test
    void aChunkIsCalledInOneStatementFromItsFirstToItsLastOccupancy() {
        List<String> statements = new ArrayList<>();
        RentService rent = new RentService() {
            @Override
            public int issueRentCalls(YearMonth month, long fromId, long toId) {
                statements.add(month + " " + fromId + ".." + toId);
                return 0;
            }
        };
        RentCallWriter writer = new RentCallWriter();
        JobTestSupport.set(writer, "identity", new JobIdentity());
        JobTestSupport.set(writer, "rent", rent);
        JobTestSupport.set(writer, "month", "2026-05");
        writer.writeItems(List.of(4L, 9L, 17L));
        writer.writeItems(List.of(23L));
        assertEquals(List.of("2026-05 4..17", "2026-05 23..23"), statements);
    }
}
