package org.ancrage.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.ancrage.housing.Agreement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The domain no longer sets -Duser.language=fr (it translated the server log's level names): on a
 * server whose JVM speaks English, a French reader still reads French, in every bundle.
 */
class FrenchWhateverTheServerLocaleTest {

    private Locale before;

    @BeforeEach
    void englishServer() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void aRefusalIsSaidInFrenchToAFrenchReader() {
        assertEquals("Un glissement de bail ne se fait que depuis une sous-location (ici : convention d’occupation).",
                DomainMessages.text("occupancy.transferNeedsSubLease", Locale.FRENCH, Agreement.OCCUPANCY_AGREEMENT));
    }

    @Test
    void everyBundleHasFrenchAsFrench() {
        ClassLoader loader = getClass().getClassLoader();
        for (String bundle : new String[] {"org.ancrage.messages", "org.ancrage.housing-messages",
                "org.ancrage.reporting-messages", "org.ancrage.rent-papers"}) {
            ResourceBundle french = ResourceBundle.getBundle(bundle, Locale.FRENCH, loader);
            assertEquals("fr", french.getLocale().getLanguage(), bundle + " fell back to " + french.getLocale());
        }
    }

    @Test
    void englishStaysEnglish() {
        assertTrue(DomainMessages.text("occupancy.transferNeedsSubLease", Locale.ENGLISH, Agreement.OCCUPANCY_AGREEMENT)
                .contains("occupancy agreement"));
    }
}
