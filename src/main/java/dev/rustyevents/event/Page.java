package dev.rustyevents.event;

import java.util.List;

/**
 * One page of a sorted result.
 *
 * @param items the page's items
 * @param page 1-based page number
 * @param size page size asked for
 * @param total number of items over all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    /**
     * @return number of pages (at least 1, so an empty result has one empty page).
     */
    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
