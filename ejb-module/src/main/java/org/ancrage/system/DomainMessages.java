package org.ancrage.system;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing text of a business refusal, in the user's language, from the components'
 * bundles ({@code org/ancrage/messages*.properties} and the housing bundle). The console and the
 * REST API both say a refusal through here.
 */
public final class DomainMessages {

    /** Bundles searched in order; a key is looked up in each until found. */
    public static final List<String> BUNDLES = List.of("org.ancrage.messages", "org.ancrage.housing-messages",
            "org.ancrage.reporting-messages");

    private DomainMessages() {
    }

    public static String text(DomainException e, Locale locale) {
        return text(e.messageKey(), locale, e.arguments().toArray());
    }

    /** The formatted text, or the key itself when no bundle has it (visible, never a crash). */
    public static String text(String key, Locale locale, Object... arguments) {
        for (String name : BUNDLES) {
            try {
                String pattern = ResourceBundle.getBundle(name, locale, DomainMessages.class.getClassLoader())
                        .getString(key);
                return new MessageFormat(pattern, locale).format(arguments);
            } catch (MissingResourceException e) {
                // not in this bundle (or no such bundle yet): try the next
            }
        }
        return key;
    }
}
