package org.ancrage.api;

import jakarta.ws.rs.BadRequestException;
import java.time.LocalDate;

/**
 * Values given in a query string: ISO dates ({@code 2026-03-31}) and names of enumerations. A
 * malformed one is answered 400 by {@link ApiErrors}, never 404 or 500.
 */
public final class QueryValues {

    private QueryValues() {
    }

    /** The date given, or today when none is. */
    public static LocalDate dateOrToday(String value) {
        return value == null || value.isBlank() ? LocalDate.now() : LocalDate.parse(value.strip());
    }

    /** The date given, or none. */
    public static LocalDate dateOrNull(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    /** The constant named, or none when blank. */
    public static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("unknown " + type.getSimpleName());
        }
    }
}
