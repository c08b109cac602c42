package org.ancrage.system;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The user-facing text of a business refusal, in the user's language, from the components'
 * bundles ({@code org/ancrage/messages*.properties} and the housing bundle). The console and the
 * REST API both say a refusal through here.
 */
public final class DomainMessages {

    /** Bundles searched in order; a key is looked up in each until found. */
    public static final List<String> BUNDLES = List.of("org.ancrage.messages", "org.ancrage.housing-messages",
            "org.ancrage.reporting-messages", "org.ancrage.rent-papers");

    /** An argument said by the text a bundle gives to {@code key}, or as {@code fallback} when none does. */
    public record Label(String key, String fallback) implements java.io.Serializable {

        /** A kind of record said as the bundles name it ({@code record.Measure}), else by its class's name. */
        public static Label ofRecord(Class<?> type) {
            return new Label("record." + type.getSimpleName(), type.getSimpleName());
        }
    }

    private DomainMessages() {
    }

    public static String text(DomainException e, Locale locale) {
        return text(e.messageKey(), locale, e.arguments().toArray());
    }

    /**
     * The formatted text, or the key itself when no bundle has it (visible, never a crash). An
     * argument that is an enum constant is said by its label ({@code enum.<Type>.<CONSTANT>}) where
     * a bundle has one, so a refusal never shows a code such as {@code OCCUPANCY_AGREEMENT}.
     */
    public static String text(String key, Locale locale, Object... arguments) {
        return pattern(key, locale).map(p -> new MessageFormat(p, locale).format(labelled(arguments, locale)))
                .orElse(key);
    }

    private static Optional<String> pattern(String key, Locale locale) {
        for (String name : BUNDLES) {
            try {
                return Optional.of(ResourceBundle.getBundle(name, locale, DomainMessages.class.getClassLoader())
                        .getString(key));
            } catch (MissingResourceException e) {
                // not in this bundle (or no such bundle yet): try the next
            }
        }
        return Optional.empty();
    }

    private static Object[] labelled(Object[] arguments, Locale locale) {
        if (arguments == null) {
            return new Object[0];
        }
        Object[] said = arguments.clone();
        for (int i = 0; i < said.length; i++) {
            if (said[i] instanceof Enum<?> constant) {
                said[i] = pattern("enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name(),
                        locale).orElse(constant.name());
            } else if (said[i] instanceof Label label) {
                said[i] = pattern(label.key(), locale).orElse(label.fallback());
            } else if (said[i] instanceof java.time.LocalDate date) {
                said[i] = ReaderFormats.date(date, locale);
            } else if (said[i] instanceof java.time.YearMonth month) {
                said[i] = month.atDay(1).format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy",
                        locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH));
            } else if (said[i] instanceof org.ancrage.money.Money money) {
                said[i] = ReaderFormats.money(money.amount(), locale);
            }
        }
        return said;
    }
}
