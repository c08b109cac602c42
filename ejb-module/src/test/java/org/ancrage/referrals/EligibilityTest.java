package org.ancrage.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.ancrage.households.Household;
import org.ancrage.households.Person;
import org.ancrage.households.Relationship;
import org.ancrage.programmes.ProgrammeTemplates;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Household household() {
        return new Household(1L, new Person("Martin", "Awa", LocalDate.of(1990, 4, 2), "F", Relationship.HEAD));
    }

    @Test
    void alsaRequiresAValidResidenceStatus() {
        Eligibility missing = Eligibility.of(household(), ProgrammeTemplates.alsaImlSublease(), TODAY, 0);
        assertFalse(missing.eligible());
        assertEquals(List.of("referral.eligibility.residenceStatusMissing"), missing.blocking());

        Household expired = household();
        expired.residenceStatusValidUntil(TODAY.minusDays(1));
        assertEquals(List.of("referral.eligibility.residenceStatusExpired"),
                Eligibility.of(expired, ProgrammeTemplates.alsaImlSublease(), TODAY, 0).blocking());

        Household valid = household();
        valid.residenceStatusValidUntil(TODAY.plusYears(1));
        assertTrue(Eligibility.of(valid, ProgrammeTemplates.alsaImlSublease(), TODAY, 0).eligible());
    }

    @Test
    void aFullProgrammeIsAWarningNotARefusal() {
        Eligibility full = Eligibility.of(household(), ProgrammeTemplates.aslManagementMandate(), TODAY, 20);
        assertTrue(full.eligible());
        assertEquals(List.of("referral.eligibility.atCapacity"), full.warnings());
    }

    @Test
    void aRefusalNeedsAReasonAndADecisionIsFinal() {
        Referral referral = new Referral(1L, 2L, OrientingBody.SIAO, TODAY);
        assertEquals("referral.refusal.reasonRequired",
                org.junit.jupiter.api.Assertions.assertThrows(ReferralRefused.class,
                        () -> referral.refuse(TODAY, " ")).messageKey());
        referral.refuse(TODAY, "Ressources insuffisantes pour le loyer résiduel");
        assertEquals("referral.alreadyDecided",
                org.junit.jupiter.api.Assertions.assertThrows(ReferralRefused.class,
                        () -> referral.admit(TODAY, 9L)).messageKey());
    }
}
