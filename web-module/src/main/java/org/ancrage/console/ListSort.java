package org.ancrage.console;

import java.util.Map;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The sort a lazy table asked for, turned into one of the list's own order columns. Columns name
 * their order with {@code field="…"}; a field the list does not know falls back to the default, so a
 * crafted request can never reach the SQL.
 */
public record ListSort<E extends Enum<E>>(E order, boolean descending) {

    public static <E extends Enum<E>> ListSort<E> of(Map<String, SortMeta> sortBy, Class<E> columns, E byDefault) {
        for (SortMeta meta : sortBy.values()) {
            if (meta.getOrder() == SortOrder.UNSORTED) {
                continue;
            }
            for (E column : columns.getEnumConstants()) {
                if (column.name().equals(meta.getField())) {
                    return new ListSort<>(column, meta.getOrder() == SortOrder.DESCENDING);
                }
            }
        }
        return new ListSort<>(byDefault, false);
    }
}
