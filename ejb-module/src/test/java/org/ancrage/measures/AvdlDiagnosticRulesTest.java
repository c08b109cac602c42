package org.ancrage.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import org.ancrage.programmes.Programme;
import org.ancrage.programmes.ProgrammeForm;
import org.ancrage.programmes.ProgrammeTemplates;
import org.junit.jupiter.api.Test;

/**
 * APAR's AVDL diagnostic (seed 003): no periods, a report due to the requesting body, and the
 * decisions of a diagnostic — never a renewal.
 */
class AvdlDiagnosticRulesTest {

    private final Programme diagnostic = ProgrammeTemplates.aparAvdlDiagnostic();
    private final LocalDate start = LocalDate.of(2026, 3, 2);

    @Test
    void theTemplateIsADiagnosticWithAReportDueAndNoPeriods() {
        assertEquals(ProgrammeForm.DIAGNOSTIC, diagnostic.getForm());
        assertEquals(null, diagnostic.getFirstPeriodMonths());
        assertEquals(LocalDate.of(2026, 5, 1), diagnostic.diagnosticReportDue(start).orElseThrow());
        assertEquals(ProgrammeForm.SUPPORT, ProgrammeTemplates.aparAvdl().getForm(), "AVDL support keeps its periods");
    }

    @Test
    void theDecisionsOfferedFollowTheProgrammesForm() {
        assertEquals(EnumSet.of(Decision.DIAGNOSTIC_DELIVERED, Decision.SUPPORT_PROPOSED, Decision.NO_FURTHER_ACTION),
                Decision.offeredBy(diagnostic));
        assertEquals(EnumSet.of(Decision.RENEW, Decision.RENEW_BY_DEROGATION, Decision.LEASE_TRANSFER, Decision.END),
                Decision.offeredBy(ProgrammeTemplates.udaf55Asll()));
    }

    @Test
    void aDiagnosticIsNeverRenewedAndItsReportClearsTheDueDate() {
        Measure measure = Measure.open(1L, diagnostic, 10L, 100L, start);
        assertEquals(LocalDate.of(2026, 5, 1), measure.diagnosticReportDue().orElseThrow());
        assertEquals("measure.renewal.openEnded", assertThrows(RenewalRefused.class, measure::renew).messageKey());

        MeasureRefused refused = assertThrows(MeasureRefused.class, () -> measure.evaluate(new Evaluation(
                start.plusDays(20), 10L, "Diagnostic", null, null, Decision.RENEW)));
        assertEquals("measure.evaluation.decisionNotOffered", refused.messageKey());
        assertTrue(measure.getEvaluations().isEmpty());

        measure.evaluate(new Evaluation(start.plusDays(20), 10L, "Diagnostic remis à la commission DALO", null, null,
                Decision.DIAGNOSTIC_DELIVERED));
        assertFalse(measure.diagnosticReportDue().isPresent());
    }

    @Test
    void aSupportMeasureIsNotOfferedTheDecisionsOfADiagnostic() {
        Measure measure = Measure.open(1L, ProgrammeTemplates.udaf55Asll(), 10L, 100L, start);
        assertEquals("measure.evaluation.decisionNotOffered", assertThrows(MeasureRefused.class,
                () -> measure.evaluate(new Evaluation(start.plusMonths(2), 10L, "Bilan", null, null,
                        Decision.SUPPORT_PROPOSED))).messageKey());
    }

    @Test
    void aDiagnosticHasNoRenewalToAskAndEndsForTheReasonsOfADiagnostic() {
        Measure measure = Measure.open(1L, diagnostic, 10L, 100L, start);
        assertFalse(measure.isRenewable());
        assertTrue(Measure.open(1L, ProgrammeTemplates.udaf55Asll(), 10L, 100L, start).isRenewable());
        assertEquals(EnumSet.of(EndReason.DIAGNOSTIC_DELIVERED, EndReason.NON_COOPERATION, EndReason.MOVED,
                EndReason.ENTERED_INSTITUTION, EndReason.OTHER), EndReason.offeredBy(diagnostic));
        assertFalse(EndReason.offeredBy(ProgrammeTemplates.udaf55Asll()).contains(EndReason.DIAGNOSTIC_DELIVERED));

        assertEquals("measure.end.reasonNotOffered", assertThrows(MeasureRefused.class,
                () -> measure.end(start.plusDays(30), EndReason.LEASE_TRANSFER, HousingOutcome.UNKNOWN)).messageKey());
        assertEquals(MeasureStatus.OPEN, measure.getStatus());
        measure.end(start.plusDays(30), EndReason.DIAGNOSTIC_DELIVERED, HousingOutcome.UNKNOWN);
        assertEquals(MeasureStatus.ENDED, measure.getStatus());
        assertFalse(measure.isRenewable());
    }
}
