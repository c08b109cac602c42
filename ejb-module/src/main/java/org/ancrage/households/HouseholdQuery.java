package org.ancrage.households;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a search box holds, recognised: a reference ({@code M000004}), a birth date
 * ({@code 12/04/1991} or {@code 1991-04-12}), a phone number (six digits or more, spaces, dots and
 * dashes ignored), or else a member's name (its beginning) or part of the address.
 *
 * @param name the beginning of a member's name (the API's criterion)
 * @param text the beginning of a member's name, or part of the address (the search box's free text)
 */
public record HouseholdQuery(String reference, LocalDate birthDate, String phoneDigits, String name, String text)
        implements Serializable {

    private static final Pattern REFERENCE = Pattern.compile("[Mm]\\d{1,9}");
    private static final Pattern PHONE = Pattern.compile("\\+?[\\d .\\-]{6,}");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    public static final HouseholdQuery ALL = new HouseholdQuery(null, null, null, null, null);

    /** Recognises what was typed; blank finds every household. */
    public static HouseholdQuery parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return ALL;
        }
        String t = typed.trim();
        if (REFERENCE.matcher(t).matches()) {
            String digits = t.substring(1);
            return new HouseholdQuery(digits.length() >= 6 ? "M" + digits : String.format("M%06d",
                    Long.parseLong(digits)), null, null, null, null);
        }
        LocalDate date = date(t);
        if (date != null) {
            return new HouseholdQuery(null, date, null, null, null);
        }
        String digits = t.replaceAll("\\D", "");
        if (PHONE.matcher(t).matches() && digits.length() >= 6) {
            return new HouseholdQuery(null, null, digits, null, null);
        }
        return new HouseholdQuery(null, null, null, null, t);
    }

    /** A query by the API's separate criteria (name, birth date, reference). */
    public static HouseholdQuery of(String name, LocalDate birthDate, String reference) {
        return new HouseholdQuery(reference == null || reference.isBlank() ? null : reference.trim().toUpperCase(Locale.ROOT),
                birthDate, null, name == null || name.isBlank() ? null : name.trim(), null);
    }

    private static LocalDate date(String t) {
        try {
            return t.contains("/") ? LocalDate.parse(t, FRENCH_DATE) : t.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(t) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
