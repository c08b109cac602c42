package org.ancrage.households;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the household list's search box recognises in what was typed. */
class HouseholdQueryTest {

    @Test
    void aReferenceIsRecognisedWhateverItsCaseAndZeros() {
        assertEquals("M000004", HouseholdQuery.parse("M000004").reference());
        assertEquals("M000004", HouseholdQuery.parse(" m4 ").reference());
    }

    @Test
    void aBirthDateIsReadTheFrenchWayOrAsIso() {
        assertEquals(LocalDate.of(1991, 4, 12), HouseholdQuery.parse("12/04/1991").birthDate());
        assertEquals(LocalDate.of(1991, 4, 12), HouseholdQuery.parse("1991-04-12").birthDate());
    }

    @Test
    void anImpossibleDateIsSearchedAsText() {
        assertEquals("31/02/1991", HouseholdQuery.parse("31/02/1991").text());
    }

    @Test
    void aPhoneNumberIsItsDigits() {
        assertEquals("0612345678", HouseholdQuery.parse("06 12 34 56 78").phoneDigits());
        assertEquals("33612345678", HouseholdQuery.parse("+33 6.12.34.56.78").phoneDigits());
    }

    @Test
    void anythingElseIsANameOrAnAddress() {
        assertEquals("rue du Bourg", HouseholdQuery.parse("rue du Bourg").text());
        assertEquals("Diallo", HouseholdQuery.parse("Diallo").text());
        assertEquals(HouseholdQuery.ALL, HouseholdQuery.parse("  "));
    }
}
