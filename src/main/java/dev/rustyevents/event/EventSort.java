package dev.rustyevents.event;

import io.quarkus.panache.common.Sort;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The orders a list of events can be given in. Each ends on the id, so pages never overlap or skip
 * an event when many share a date.
 */
public enum EventSort {
    /** First day ascending (then last day, title): what's next first. The default. */
    DATE("date", Sort.by("startDate").and("endDate").and("title").and("id")),
    /** First day descending: the latest first, for history. */
    DATE_DESCENDING("-date", Sort.descending("startDate", "endDate").and("title").and("id")),
    /**
     * Last change ascending: for sync clients reading changes since their last visit, oldest first.
     */
    UPDATED("updated", Sort.by("updatedAt").and("id")),
    /** Last change descending: the most recently changed first. */
    UPDATED_DESCENDING("-updated", Sort.descending("updatedAt", "id")),
    /**
     * Nearest first, with {@code near} only (the repository orders by the distance; this sort is
     * what stands in without a centre): then first day ascending.
     */
    DISTANCE("distance", Sort.by("startDate").and("endDate").and("title").and("id"));

    private final String code;
    private final Sort sort;

    EventSort(String code, Sort sort) {
        this.code = code;
        this.sort = sort;
    }

    /**
     * @return the wire name ({@code date}, {@code -date}, {@code updated}, {@code -updated})
     */
    public String code() {
        return code;
    }

    Sort sort() {
        return sort;
    }

    /**
     * @return the order with this wire name, or empty
     */
    public static Optional<EventSort> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    /**
     * @return every wire name, for error messages
     */
    public static List<String> codes() {
        return Arrays.stream(values()).map(EventSort::code).toList();
    }
}
