package org.ancrage.console.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.ancrage.programmes.ContactType;
import org.ancrage.households.Composition;
import org.ancrage.households.ResourceType;
import org.ancrage.measures.Decision;
import org.ancrage.measures.EndReason;
import org.ancrage.measures.HousingOutcome;
import org.ancrage.measures.ObjectiveDomain;
import org.ancrage.mediation.IncidentKind;
import org.ancrage.programmes.ProgrammeKind;
import org.ancrage.referrals.OrientingBody;

/**
 * The fixed vocabularies of case work, with their French and English labels. They follow the
 * funders' national definitions (activity reports count by them), so they live in code, not in
 * a table an association could edit.
 */
@Named
@RequestScoped
public class ReferencesBacking {

    private static final String BUNDLE = "org.ancrage.console.console";

    /** One value of a vocabulary: its code and its labels. */
    public record Term(String code, String french, String english) {
    }

    /** A vocabulary: the bundle key of its title and its values. */
    public record Vocabulary(String id, String titleKey, List<Term> terms) {
    }

    private static final List<Class<? extends Enum<?>>> VOCABULARIES = List.of(OrientingBody.class,
            ProgrammeKind.class, ContactType.class, ObjectiveDomain.class, Decision.class, EndReason.class,
            HousingOutcome.class, IncidentKind.class, Composition.class, ResourceType.class);

    public List<Vocabulary> getVocabularies() {
        // No fallback to the server's default language: French is the base bundle.
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle french = ResourceBundle.getBundle(BUNDLE, Locale.FRENCH, loader, exact);
        ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, loader, exact);
        return VOCABULARIES.stream().map(type -> new Vocabulary(type.getSimpleName(),
                "references." + type.getSimpleName(),
                Arrays.stream(type.getEnumConstants()).map(value -> {
                    String key = "enum." + type.getSimpleName() + "." + value.name();
                    return new Term(value.name(), label(french, key), label(english, key));
                }).toList())).toList();
    }

    private static String label(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key; // visible, never a crash
        }
    }
}
