package org.ancrage.api;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The paging and sorting parameters every search of the API takes, the same everywhere:
 * {@code page} (from 0, at most {@link #MAX_PAGE}), {@code size} (1 to {@link #MAX_SIZE}, 25 by
 * default) and {@code sort} ({@code column} or {@code column,desc}, the column one of those the
 * resource allows). A value out of these bounds is a 400 naming the parameter.
 *
 * @param <O> what the resource sorts by (an order of its service)
 */
public record Paging<O>(int page, int size, O order, boolean descending) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 100_000;

    /** The index of the page's first item. */
    public int first() {
        return page * size;
    }

    /**
     * The sort columns of a resource named after its service's orders, in the caller's spelling
     * ({@code REFERENCE} is {@code reference}, {@code CONTACT_PERSON} is {@code contactPerson}); the first is the default.
     */
    @SafeVarargs
    public static <O extends Enum<O>> Map<String, O> columns(O... orders) {
        Map<String, O> columns = new LinkedHashMap<>();
        for (O order : orders) {
            StringBuilder name = new StringBuilder();
            for (String word : order.name().toLowerCase(Locale.ROOT).split("_")) {
                name.append(name.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
            }
            columns.put(name.toString(), order);
        }
        return columns;
    }

    /** A sort column of a list sorted in memory: by {@code key}, missing values first, ties kept in the service's order. */
    public static <T, K extends Comparable<? super K>> Comparator<T> by(Function<T, K> key) {
        return Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    /**
     * Reads the three parameters of a list sorted in memory, {@code byDefault} (such as
     * {@code "occurredAt,desc"}) when no sort is asked.
     */
    public static <T> Paging<Comparator<T>> of(String page, String size, String sort,
            Map<String, Comparator<T>> columns, String byDefault) {
        return of(page, size, sort == null || sort.isBlank() ? byDefault : sort, columns);
    }

    /**
     * Reads the three parameters.
     *
     * @param columns the columns the resource may be sorted on, by the name the caller gives, in order of preference
     *        (the first is the default)
     */
    public static <O> Paging<O> of(String page, String size, String sort, Map<String, O> columns) {
        int number = QueryValues.intIn("page", page, 0, MAX_PAGE, 0);
        int count = QueryValues.intIn("size", size, 1, MAX_SIZE, DEFAULT_SIZE);
        if (sort == null || sort.isBlank()) {
            return new Paging<>(number, count, columns.isEmpty() ? null : columns.values().iterator().next(), false);
        }
        String[] parts = sort.strip().split(",", -1);
        String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
        O order = columns.get(parts[0].strip());
        if (order == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw new BadParameter("sort", "api.parameter.sort", String.join(", ", columns.keySet()));
        }
        return new Paging<>(number, count, order, direction.equals("desc"));
    }
}
