package org.ancrage.programmes;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a programme refuses when an administrator adjusts it: rules that cannot hold together. */
class ProgrammeAdjustmentRulesTest {

    private final Programme programme = new Programme("TEST", "Test", "CAF", ProgrammeKind.OTHER);

    private String refusal(Runnable adjustment) {
        return assertThrows(ProgrammeRefused.class, adjustment::run).messageKey();
    }

    @Test
    void everyTemplateHoldsTogether() {
        assertEquals(11, assertDoesNotThrow(ProgrammeTemplates::all).size());
        ProgrammeTemplates.all().forEach(p -> assertDoesNotThrow(p::requireReachableRenewals));
    }

    @Test
    void aMaximumShorterThanTheFirstPeriodIsRefused() {
        assertEquals("programme.periods.maximumBelowFirst", refusal(() -> programme.periods(6, 3)));
    }

    @Test
    void renewalsMayAddUpPastTheMaximumWhichTheMeasureThenEnforces() {
        assertDoesNotThrow(() -> programme.periods(6, 12, RenewalStep.of(6), RenewalStep.of(3)));
    }

    @Test
    void renewalsNeedAFirstPeriodAndWholeMonths() {
        assertEquals("programme.periods.renewalsWithoutFirstPeriod", refusal(() -> programme.periods(null, null,
                RenewalStep.of(3))));
        assertEquals("programme.periods.atLeastOneMonth", refusal(() -> programme.periods(0, null)));
        assertEquals("programme.periods.atLeastOneMonth", refusal(() -> programme.periods(3, null, RenewalStep.of(0))));
    }

    @Test
    void aDerogationSaysWhoGrantsIt() {
        ProgrammeRefused refused = assertThrows(ProgrammeRefused.class,
                () -> programme.periods(6, 18, RenewalStep.of(6), RenewalStep.byDerogation(6, " ")));
        assertEquals("programme.renewal.authorityMissing", refused.messageKey());
        assertEquals(List.of(2), refused.arguments());
    }

    @Test
    void theEvaluationLeadTimeFitsInTheShortestPeriod() {
        programme.periods(3, 12, RenewalStep.of(1));
        assertEquals("programme.evaluation.leadPastPeriod", refusal(() -> programme.evaluation(30, true)));
        assertEquals("programme.evaluation.leadNegative", refusal(() -> programme.evaluation(-1, true)));
        assertDoesNotThrow(() -> programme.evaluation(10, true));
    }

    @Test
    void aCadenceIsCompleteOrAbsent() {
        assertEquals("programme.cadence.incomplete", refusal(() -> new ContactCadence(0, 30,
                Set.of(ContactType.HOME_VISIT))));
        assertEquals("programme.cadence.incomplete", refusal(() -> new ContactCadence(1, 30, Set.of())));
    }

    @Test
    void capacityFollowUpAndNamesAreChecked() {
        assertEquals("programme.capacity.negative", refusal(() -> programme.capacity(-1)));
        assertEquals("programme.followUp.atLeastOneMonth", refusal(() -> programme.followUpAfter(0)));
        assertEquals("programme.nameAndFunderRequired", refusal(() -> programme.rename("IML", " ")));
    }

    @Test
    void aRenewalThatCouldNeverBeGrantedWithinTheMaximumIsRefusedWithTheStepAndTheMonths() {
        programme.periods(6, 12, RenewalStep.of(3), RenewalStep.of(3), RenewalStep.of(3));
        ProgrammeRefused refused = assertThrows(ProgrammeRefused.class, programme::requireReachableRenewals);
        assertEquals("programme.renewal.unreachable", refused.messageKey());
        assertEquals(List.of(3, 15, 12), refused.arguments());
        programme.periods(6, 12, RenewalStep.of(3), RenewalStep.of(3));
        assertDoesNotThrow(programme::requireReachableRenewals);
    }

    @Test
    void aDiagnosticHasNoPeriodsAndAReportDelay() {
        assertEquals("programme.diagnostic.reportDaysRequired",
                refusal(() -> programme.form(ProgrammeForm.DIAGNOSTIC, null)));
        programme.form(ProgrammeForm.DIAGNOSTIC, 45);
        assertEquals(java.time.LocalDate.of(2026, 3, 18),
                programme.diagnosticReportDue(java.time.LocalDate.of(2026, 2, 1)).orElseThrow());
        Programme withPeriods = new Programme("P", "P", "CAF", ProgrammeKind.OTHER).periods(6, 12);
        assertEquals("programme.diagnostic.noPeriods",
                refusal(() -> withPeriods.form(ProgrammeForm.DIAGNOSTIC, 30)));
    }

    @Test
    void aCopyHasEveryRuleOfItsTemplateUnderItsOwnCode() {
        Programme template = ProgrammeTemplates.udaf55Asll();
        Programme copy = template.copyAs("MEUSE-ASLL-6", "ASLL 6 mois");
        assertEquals("MEUSE-ASLL-6", copy.getCode());
        assertEquals(template.getFirstPeriodMonths(), copy.getFirstPeriodMonths());
        assertEquals(template.getRenewalSteps().size(), copy.getRenewalSteps().size());
        assertEquals(template.getFollowUpMonths(), copy.getFollowUpMonths());
        assertEquals(template.getCadence().contacts(), copy.getCadence().contacts());
        assertEquals(template.getEvaluationLeadDays(), copy.getEvaluationLeadDays());
    }
}
