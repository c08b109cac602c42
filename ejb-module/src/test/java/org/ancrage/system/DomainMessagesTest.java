package org.ancrage.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.ancrage.housing.Agreement;
import org.ancrage.measures.Measure;
import org.junit.jupiter.api.Test;

/** A refusal names a value by its label in the reader's language, never by its code. */
class DomainMessagesTest {

    @Test
    void anEnumArgumentIsSaidByItsLabel() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.FRENCH); // as on the server: French is the base bundle, not a fallback to English
        try {
            assertEquals("Un glissement de bail ne se fait que depuis une sous-location (ici : convention d’occupation).",
                    DomainMessages.text("occupancy.transferNeedsSubLease", Locale.FRENCH,
                            Agreement.OCCUPANCY_AGREEMENT));
            String english = DomainMessages.text("occupancy.transferNeedsSubLease", Locale.ENGLISH,
                    Agreement.OCCUPANCY_AGREEMENT);
            assertTrue(english.contains("occupancy agreement") && !english.contains("OCCUPANCY_AGREEMENT"),
                    english);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aKeyNoBundleHasIsShownAsItIs() {
        assertEquals("no.such.key", DomainMessages.text("no.such.key", Locale.FRENCH, Agreement.SUB_LEASE));
    }

    @Test
    void anEditConflictNamesTheRecordInTheReadersLanguage() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.FRENCH);
        try {
            ConcurrentEditException conflict = new ConcurrentEditException(Measure.class);
            String french = DomainMessages.text(conflict, Locale.FRENCH);
            assertTrue(french.startsWith("Cet enregistrement (mesure) a été modifié"), french);
            String english = DomainMessages.text(conflict, Locale.ENGLISH);
            assertTrue(english.startsWith("This record (measure) was changed"), english);
            assertTrue(DomainMessages.text(new ConcurrentEditException(Unnamed.class), Locale.FRENCH)
                    .contains("(Unnamed)"), "a record without a label keeps its code rather than a blank");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aMissingRecordIsNamedInTheReadersLanguage() {
        NotFoundException missing = new NotFoundException(Measure.class, 42L);
        assertEquals("mesure introuvable (n° 42).", DomainMessages.text(missing, Locale.FRENCH));
        assertEquals("measure not found (no. 42).", DomainMessages.text(missing, Locale.ENGLISH));
        assertEquals("Unnamed introuvable (n° 7).",
                DomainMessages.text(new NotFoundException(Unnamed.class, 7L), Locale.FRENCH));
        assertEquals("ménage introuvable (n° 3).",
                DomainMessages.text(NotFoundException.ofEntityNamed("Household", 3L), Locale.FRENCH));
    }

    /** A kind of record no bundle names. */
    private static final class Unnamed {
    }
}
