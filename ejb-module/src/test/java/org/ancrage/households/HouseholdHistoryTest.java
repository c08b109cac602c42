package org.ancrage.households;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.ancrage.money.Money;
import org.junit.jupiter.api.Test;

/** A household's address and resources over time, and members leaving: recorded, never erased. */
class HouseholdHistoryTest {

    private static Household household() {
        Household household = new Household(1L, new Person("Martin", "Awa", LocalDate.of(1990, 4, 2), "F",
                Relationship.HEAD));
        household.contactDetails("1 rue Ancienne", null, null);
        household.describe(Composition.SINGLE, ResourceType.RSA, Money.of("607.75"));
        return household;
    }

    @Test
    void aNewAddressKeepsThePreviousOne() {
        Household household = household();
        household.moveOn(LocalDate.of(2026, 12, 1), "9 rue Nouvelle", Composition.SINGLE, ResourceType.SALARY,
                Money.of("1450.00"), "travailleur");
        assertEquals("9 rue Nouvelle", household.getAddress());
        assertEquals(Money.of("1450.00"), household.getMonthlyResources());
        assertEquals(2, household.getSituations().size());
        assertEquals("9 rue Nouvelle", household.getSituations().get(0).getAddress());
        assertEquals("1 rue Ancienne", household.getSituations().get(1).getAddress());
        assertNull(household.getSituations().get(1).getSince(), "known before the first change, from no recorded day");
    }

    @Test
    void aChangeDatedBeforeTheLatestIsRefused() {
        Household household = household();
        household.moveOn(LocalDate.of(2026, 12, 1), "9 rue Nouvelle", null, null, null, "travailleur");
        HouseholdRefused refused = assertThrows(HouseholdRefused.class,
                () -> household.moveOn(LocalDate.of(2026, 11, 1), "3 rue Autre", null, null, null, "travailleur"));
        assertEquals("household.situation.beforeLatest", refused.messageKey());
        assertEquals("household.situation.dateMissing", assertThrows(HouseholdRefused.class,
                () -> household.moveOn(null, "3 rue Autre", null, null, null, "travailleur")).messageKey());
    }

    @Test
    void aMemberLeavesOnceAndIsKept() {
        Household household = household();
        Person child = new Person("Martin", "Noé", LocalDate.of(2015, 5, 3), "M", Relationship.CHILD);
        household.add(child);
        child.leave(LocalDate.of(2026, 11, 15));
        assertEquals(LocalDate.of(2026, 11, 15), child.getLeftOn());
        assertEquals(2, household.getMembers().size());
        assertEquals(1, household.getPresentMembers().size());
        assertEquals("household.member.alreadyLeft", assertThrows(HouseholdRefused.class,
                () -> child.leave(LocalDate.of(2026, 11, 20))).messageKey());
        assertEquals("household.member.leftBeforeBirth", assertThrows(HouseholdRefused.class,
                () -> new Person("Martin", "Lou", LocalDate.of(2020, 1, 1), null, Relationship.CHILD)
                        .leave(LocalDate.of(2019, 1, 1))).messageKey());
    }
}
