package org.ancrage.households;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ancrage.programmes.ProgrammeTemplates;
import org.ancrage.referrals.Eligibility;
import org.junit.jupiter.api.Test;

/** The residence status rule: who needs a permit, and what counts as valid on a day. */
class ResidenceStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static Household household(ResidenceStatus status) {
        Household household = new Household(1L, new Person("Martin", "Awa", LocalDate.of(1990, 4, 2), "F",
                Relationship.HEAD));
        household.residenceStatus(status);
        return household;
    }

    private static List<String> admissionRefusals(ResidenceStatus status) {
        return Eligibility.of(household(status), ProgrammeTemplates.alsaImlSublease(), TODAY, 0).blocking();
    }

    @Test
    void aFrenchHouseholdNeedsNoPermit() {
        assertTrue(new ResidenceStatus(Nationality.FRENCH, null, null).validOn(TODAY));
        assertEquals(List.of(), admissionRefusals(new ResidenceStatus(Nationality.FRENCH, null, null)));
        // An expired permit entered by mistake never blocks a French household either.
        assertTrue(new ResidenceStatus(Nationality.FRENCH, TODAY.minusYears(3), null).validOn(TODAY));
    }

    @Test
    void anEuEeaOrSwissHouseholdNeedsNoPermit() {
        assertTrue(new ResidenceStatus(Nationality.EU_EEA_SWISS, null, null).validOn(TODAY));
        assertEquals(List.of(), admissionRefusals(new ResidenceStatus(Nationality.EU_EEA_SWISS, null, null)));
    }

    @Test
    void anotherNationalWithAValidPermitIsAdmitted() {
        assertTrue(new ResidenceStatus(Nationality.OTHER, TODAY, null).validOn(TODAY), "valid on its last day");
        assertEquals(List.of(), admissionRefusals(new ResidenceStatus(Nationality.OTHER, TODAY.plusYears(1), null)));
    }

    @Test
    void anExpiredPermitWithAValidRecepisseCountsAsValid() {
        ResidenceStatus status = new ResidenceStatus(Nationality.OTHER, TODAY.minusMonths(2), TODAY.plusMonths(3));
        assertTrue(status.validOn(TODAY));
        assertEquals(List.of(), admissionRefusals(status));
        assertFalse(status.validOn(TODAY.plusMonths(3).plusDays(1)), "the récépissé has its own end");
    }

    @Test
    void anotherNationalWithNothingIsRefusedWithTheExistingMessage() {
        assertEquals(Optional.of("referral.eligibility.residenceStatusMissing"),
                new ResidenceStatus(Nationality.OTHER, null, null).refusalOn(TODAY));
        assertEquals(List.of("referral.eligibility.residenceStatusMissing"),
                admissionRefusals(new ResidenceStatus(Nationality.OTHER, null, null)));
    }

    @Test
    void anotherNationalWhosePermitAndRecepisseExpiredIsRefusedAsExpired() {
        assertEquals(List.of("referral.eligibility.residenceStatusExpired"),
                admissionRefusals(new ResidenceStatus(Nationality.OTHER, TODAY.minusDays(1), TODAY.minusDays(1))));
    }

    @Test
    void anUnknownNationalityAsksForAPermitAsBefore() {
        assertEquals(List.of("referral.eligibility.residenceStatusMissing"),
                admissionRefusals(new ResidenceStatus(null, null, null)));
        assertEquals(List.of(), admissionRefusals(new ResidenceStatus(null, TODAY.plusDays(1), null)));
    }
}
