package org.ancrage.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeTemplates;
import org.ancrage.programmes.RenewalStep;
import org.junit.jupiter.api.Test;

/** ASL, IML in management mandate: 12 months at most; 20 financed measures. */
class AslManagementMandateRulesTest {

    @Test
    void twelveMonthsAndNoRenewal() {
        Measure measure = Measure.open(1L, ProgrammeTemplates.aslManagementMandate(), 10L, 100L,
                LocalDate.of(2026, 2, 1));
        assertEquals(LocalDate.of(2027, 1, 31), measure.currentPeriod().getEnd());
        assertEquals("measure.renewal.noneLeft", assertThrows(RenewalRefused.class, measure::renew).messageKey());
        assertEquals(20, ProgrammeTemplates.aslManagementMandate().getFinancedCapacity());
    }

    @Test
    void aRenewalStepThatWouldPassTheMaximumIsRefusedWithTheMaximum() {
        // An association that adds a 6-month renewal but keeps the 12-month ceiling.
        Programme adjusted = ProgrammeTemplates.aslManagementMandate().periods(12, 12, RenewalStep.of(6));
        Measure measure = Measure.open(1L, adjusted, 10L, 100L, LocalDate.of(2026, 2, 1));

        RenewalRefused refused = assertThrows(RenewalRefused.class, measure::renew);

        assertEquals("measure.renewal.pastMaximum", refused.messageKey());
        assertEquals(12, refused.arguments().get(0));
        assertTrue(measure.getPeriods().size() == 1);
    }
}
