package org.ancrage.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.ancrage.system.AssociationClock;

/**
 * Values given in a query string, each read here and named: ISO dates ({@code 2026-03-31}),
 * numbers, booleans and names of enumerations. A malformed one is a {@link BadParameter} (a 400
 * naming the parameter), never a 404 or a 500. Resources take their query parameters as
 * {@code String} and read them through here: the JAX-RS runtime answers 404 to a number it cannot
 * convert.
 */
public final class QueryValues {

    private QueryValues() {
    }

    /** The date given, or today when none is. */
    public static LocalDate dateOrToday(String name, String value) {
        LocalDate date = dateOrNull(name, value);
        return date == null ? AssociationClock.today() : date;
    }

    /** The date given, or none. */
    public static LocalDate dateOrNull(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameter(name, "api.parameter.date");
        }
    }

    /** The month given ({@code 2026-03}), or none. */
    public static YearMonth monthOrNull(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameter(name, "api.parameter.month");
        }
    }

    /** The constant named, or none when blank. */
    public static <E extends Enum<E>> E enumOrNull(String name, Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(constant.name());
            }
            throw new BadParameter(name, "api.parameter.enum", allowed.toString());
        }
    }

    /** An identifier (a positive whole number), or none when blank. */
    public static Long idOrNull(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadParameter(name, "api.parameter.id");
    }

    /** An identifier that must be given. */
    public static long id(String name, String value) {
        Long id = idOrNull(name, value);
        if (id == null) {
            throw new BadParameter(name, "api.parameter.required");
        }
        return id;
    }

    /** A whole number between {@code min} and {@code max}, or {@code otherwise} when none is given. */
    public static int intIn(String name, String value, int min, int max, int otherwise) {
        Integer number = intInOrNull(name, value, min, max);
        return number == null ? otherwise : number;
    }

    /** A whole number between {@code min} and {@code max}, or none. */
    public static Integer intInOrNull(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number >= min && number <= max) {
                return (int) number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadParameter(name, "api.parameter.range", min, max);
    }

    /** {@code true} or {@code false}, or {@code otherwise} when none is given. */
    public static boolean bool(String name, String value, boolean otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadParameter(name, "api.parameter.boolean");
        };
    }

    /** A text, stripped, or none when blank; at most {@code max} characters. */
    public static String textOrNull(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw new BadParameter(name, "api.parameter.length", max);
        }
        return value.strip();
    }

    /** @deprecated name the parameter: {@link #dateOrToday(String, String)} */
    @Deprecated
    public static LocalDate dateOrToday(String value) {
        return dateOrToday("date", value);
    }

    /** @deprecated name the parameter: {@link #dateOrNull(String, String)} */
    @Deprecated
    public static LocalDate dateOrNull(String value) {
        return dateOrNull("date", value);
    }

    /** @deprecated name the parameter: {@link #enumOrNull(String, Class, String)} */
    @Deprecated
    public static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return enumOrNull(type.getSimpleName(), type, value);
    }
}
