package org.ancrage.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import org.ancrage.programmes.ProgrammeTemplates;
import org.junit.jupiter.api.Test;

/** ALSA, IML in sub-lease: 6 months, renewable once 6 months, a 3rd period only by DDETSPP derogation, 18 max. */
class AlsaImlSubleaseRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private Measure measure() {
        return Measure.open(1L, ProgrammeTemplates.alsaImlSublease(), 10L, 100L, START);
    }

    @Test
    void firstPeriodIsSixMonths() {
        assertEquals(LocalDate.of(2026, 6, 30), measure().currentPeriod().getEnd());
    }

    @Test
    void secondPeriodIsAnOrdinarySixMonthRenewal() {
        Measure measure = measure();
        Bilans.evaluateThenRenew(measure, null);
        assertEquals(PeriodKind.RENEWAL, measure.currentPeriod().getKind());
        assertEquals(LocalDate.of(2026, 12, 31), measure.currentPeriod().getEnd());
    }

    @Test
    void aRenewalWithoutTheWrittenEvaluationIsRefused() {
        RenewalRefused refused = assertThrows(RenewalRefused.class, () -> measure().renew());
        assertEquals("measure.renewal.evaluationMissing", refused.messageKey());
    }

    @Test
    void thirdPeriodIsRefusedWithoutTheDdetsppDerogation() {
        Measure measure = measure();
        Bilans.evaluateThenRenew(measure, null);
        measure.evaluate(Bilans.proposing(Decision.RENEW_BY_DEROGATION, LocalDate.of(2026, 12, 10)));

        RenewalRefused refused = assertThrows(RenewalRefused.class, measure::renew);

        assertEquals("measure.renewal.derogationRequired", refused.messageKey());
        assertEquals("DDETSPP", refused.arguments().get(0));
        assertEquals(2, measure.getPeriods().size());
    }

    @Test
    void thirdPeriodIsAcceptedWithTheDerogationRecorded() {
        Measure measure = measure();
        Bilans.evaluateThenRenew(measure, null);
        Bilans.evaluateThenRenew(measure, new Derogation("DDETSPP 71", LocalDate.of(2026, 12, 15), "DER-2026-12"));

        Period third = measure.currentPeriod();
        assertEquals(PeriodKind.DEROGATION, third.getKind());
        assertEquals("DDETSPP 71", third.getDerogation().grantedBy());
        assertEquals(LocalDate.of(2027, 6, 30), third.getEnd());
    }

    @Test
    void aFourthPeriodIsRefusedAndEighteenMonthsIsTheMaximum() {
        Measure measure = measure();
        Bilans.evaluateThenRenew(measure, null);
        Bilans.evaluateThenRenew(measure, new Derogation("DDETSPP", LocalDate.of(2026, 12, 15), "DER-2026-15"));
        measure.evaluate(Bilans.proposing(Decision.RENEW, LocalDate.of(2027, 6, 1)));

        RenewalRefused refused = assertThrows(RenewalRefused.class,
                () -> measure.renew(new Derogation("DDETSPP", LocalDate.of(2027, 6, 2), "DER-2027-02")));

        assertEquals("measure.renewal.noneLeft", refused.messageKey());
        assertEquals(START.plusMonths(18).minusDays(1), measure.currentPeriod().getEnd());
    }

    @Test
    void aDerogationNeedsWhoAndWhen() {
        MeasureRefused refused = assertThrows(MeasureRefused.class, () -> new Derogation(" ", null, "x"));
        assertEquals("measure.derogation.incomplete", refused.messageKey());
        assertEquals(Optional.of("derogationGrantedBy"), refused.field());
        assertEquals(Optional.of("derogationGrantedOn"), assertThrows(MeasureRefused.class,
                () -> new Derogation("DDETSPP", null, "x")).field());
    }

    @Test
    void aDerogationIsNeverRecordedWithoutItsReference() {
        for (String missing : new String[] {null, "", "   "}) {
            MeasureRefused refused = assertThrows(MeasureRefused.class,
                    () -> new Derogation("DDETSPP", LocalDate.of(2026, 12, 15), missing));
            assertEquals("measure.derogation.referenceMissing", refused.messageKey());
            assertEquals(Optional.of("derogationReference"), refused.field(), "said at the reference");
        }
        MeasureRefused tooLong = assertThrows(MeasureRefused.class,
                () -> new Derogation("DDETSPP", LocalDate.of(2026, 12, 15), "D".repeat(81)));
        assertEquals("measure.derogation.referenceTooLong", tooLong.messageKey());
        assertEquals(Optional.of("derogationReference"), tooLong.field());
        assertEquals("DER-2026-12", new Derogation("DDETSPP", LocalDate.of(2026, 12, 15), " DER-2026-12 ")
                .reference());
    }
}
