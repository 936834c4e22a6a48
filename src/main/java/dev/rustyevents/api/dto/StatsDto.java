package dev.rustyevents.api.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Confirmed events over time.
 *
 * @param by      {@code month} or {@code year}
 * @param total   events counted
 * @param periods every period from the first with an event to the last, empty ones included (so
 *                a chart's axis has no gaps), oldest first
 */
public record StatsDto(String by, long total, List<Period> periods) {

    /**
     * @param period   {@code 2024-05} (month) or {@code 2024} (year)
     * @param start    its first day
     * @param count    events whose first day falls in it
     * @param byRegion the same by region code; {@code online} for events without a place
     * @param byMode   the same by attendance mode; {@code unknown} when TWiR did not say
     */
    public record Period(String period, LocalDate start, long count, Map<String, Long> byRegion, Map<String, Long> byMode) {
    }
}
