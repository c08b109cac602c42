package org.ancrage.households;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PapersByEmailTest {

    private static Household household() {
        return new Household(1L, new Person("Martin", "Awa", LocalDate.of(1990, 4, 2), "F", Relationship.HEAD));
    }

    @Test
    void papersAreMailedOnlyToAnAddressTheHouseholdGave() {
        Household household = household();
        assertEquals("household.papersByEmail.noEmail",
                assertThrows(HouseholdRefused.class, () -> household.papersByEmail(true)).messageKey());
        household.contactDetails(null, null, "awa@example.org");
        household.papersByEmail(true);
        assertTrue(household.isPapersByEmail());
        household.contactDetails(null, null, null);
        assertFalse(household.isPapersByEmail(), "no address left, nothing is mailed");
    }
}
