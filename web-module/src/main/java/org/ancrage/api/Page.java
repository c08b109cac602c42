package org.ancrage.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a search, the same shape for every collection of the API: the items of the page,
 * the page's number (from 0), its size, and how many items the search finds in all.
 */
@Schema(name = "Page", description = "One page of a search: items, page number (from 0), page size, total found")
public record Page<T>(
        @Schema(required = true, description = "The items of this page") List<T> items,
        @Schema(required = true, example = "0", description = "The page's number, from 0") int page,
        @Schema(required = true, example = "25", description = "The page's size") int size,
        @Schema(required = true, example = "132", description = "How many items the search finds in all") long total) {

    /** The page {@code paging} asks for, cut from a whole list held in memory (short lists only). */
    public static <T> Page<T> of(List<T> all, Paging paging) {
        int from = (int) Math.min(all.size(), paging.first());
        int to = Math.min(all.size(), from + paging.size());
        return new Page<>(List.copyOf(all.subList(from, to)), paging.page(), paging.size(), all.size());
    }

    /**
     * The page {@code paging} asks for of a list belonging to one record (a measure's contacts, a
     * dwelling's contracts…), read whole by its service and sorted here by the column asked.
     */
    public static <T> Page<T> sorted(List<T> all, Paging<? extends Comparator<? super T>> paging) {
        List<T> sorted = new ArrayList<>(all);
        Comparator<? super T> order = paging.order();
        sorted.sort(paging.descending() ? order.reversed() : order);
        return of(sorted, paging);
    }

    /** A page read from the database, with the total counted there. */
    public static <T> Page<T> of(List<T> items, Paging paging, long total) {
        return new Page<>(items, paging.page(), paging.size(), total);
    }
}
