package org.ancrage.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.ancrage.programmes.ProgrammeTemplates;
import org.junit.jupiter.api.Test;

/** APAR, ASLL Saône-et-Loire: 6 months, renewable once 3 months, exceptionally a 2nd time 3 months. */
class AparAsllRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 15);

    @Test
    void sixThenThreeThenAnExceptionalThreeByDerogation() {
        Measure measure = Measure.open(1L, ProgrammeTemplates.aparAsll(), 10L, 100L, START);
        assertEquals(LocalDate.of(2026, 7, 14), measure.currentPeriod().getEnd());

        Bilans.evaluateThenRenew(measure, null);
        assertEquals(LocalDate.of(2026, 10, 14), measure.currentPeriod().getEnd());

        measure.evaluate(Bilans.proposing(Decision.RENEW_BY_DEROGATION, LocalDate.of(2026, 10, 1)));
        assertEquals("measure.renewal.derogationRequired",
                assertThrows(RenewalRefused.class, measure::renew).messageKey());

        measure.renew(new Derogation("Commission CUD", LocalDate.of(2026, 10, 5), "CUD-42"));
        assertEquals(LocalDate.of(2027, 1, 14), measure.currentPeriod().getEnd());
        assertEquals(PeriodKind.DEROGATION, measure.currentPeriod().getKind());

        measure.evaluate(Bilans.proposing(Decision.END, LocalDate.of(2027, 1, 2)));
        assertEquals("measure.renewal.noneLeft",
                assertThrows(RenewalRefused.class, () -> measure.renew(
                        new Derogation("Commission CUD", LocalDate.of(2027, 1, 5), "CUD-43"))).messageKey());
    }
}
