package org.ancrage.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.ancrage.programmes.ProgrammeTemplates;
import org.junit.jupiter.api.Test;

/** UDAF Meuse, ASLL: 3-month periods, renewable up to 3 times, 12 months max, report 10 days before, follow-up 6 months after. */
class Udaf55AsllRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    private Measure measure() {
        return Measure.open(1L, ProgrammeTemplates.udaf55Asll(), 10L, 100L, START);
    }

    @Test
    void periodsAreThreeMonthsAndThreeRenewalsReachTwelveMonths() {
        Measure measure = measure();
        assertEquals(LocalDate.of(2026, 5, 31), measure.currentPeriod().getEnd());
        for (int i = 0; i < 3; i++) {
            Bilans.evaluateThenRenew(measure, null);
        }
        assertEquals(4, measure.getPeriods().size());
        assertEquals(LocalDate.of(2027, 2, 28), measure.currentPeriod().getEnd());
    }

    @Test
    void aFourthRenewalIsRefused() {
        Measure measure = measure();
        for (int i = 0; i < 3; i++) {
            Bilans.evaluateThenRenew(measure, null);
        }
        measure.evaluate(Bilans.proposing(Decision.RENEW, LocalDate.of(2027, 2, 1)));
        assertEquals("measure.renewal.noneLeft", assertThrows(RenewalRefused.class, measure::renew).messageKey());
    }

    @Test
    void theEndOfMeasureReportIsDueTenDaysBeforeTheEnd() {
        assertEquals(LocalDate.of(2026, 5, 21), measure().evaluationDue().orElseThrow());
    }

    @Test
    void theFollowUpVisitIsDueSixMonthsAfterTheEnd() {
        Measure measure = measure();
        measure.end(LocalDate.of(2026, 5, 31), EndReason.OBJECTIVES_REACHED, HousingOutcome.STAYED_IN_DWELLING);
        assertEquals(MeasureStatus.ENDED, measure.getStatus());
        assertEquals(LocalDate.of(2026, 11, 30), measure.getFollowUpDue());
    }

    @Test
    void anEndedMeasureRefusesAnyFurtherChange() {
        Measure measure = measure();
        measure.end(LocalDate.of(2026, 4, 15), EndReason.NON_COOPERATION, HousingOutcome.UNKNOWN);
        assertEquals("measure.ended", assertThrows(MeasureRefused.class, measure::renew).messageKey());
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        MeasureRefused refused = assertThrows(MeasureRefused.class,
                () -> measure().end(START.minusDays(1), EndReason.MOVED, HousingOutcome.UNKNOWN));
        assertEquals("measure.end.beforeStart", refused.messageKey());
    }

    @Test
    void aProgrammeWithoutFollowUpSetsNone() {
        Measure alsa = Measure.open(1L, ProgrammeTemplates.alsaImlSublease(), 10L, 100L, START);
        alsa.end(LocalDate.of(2026, 8, 31), EndReason.LEASE_TRANSFER, HousingOutcome.LEASE_TRANSFERRED);
        assertNull(alsa.getFollowUpDue());
    }
}
