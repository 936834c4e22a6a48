package dev.rustyevents.event;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Confirmed events over time.
 *
 * @param by {@code month} or {@code year}
 * @param total events counted
 * @param periods every period from the first with an event to the last, empty ones included (so a
 *     chart's axis has no gaps), oldest first
 */
public record EventStats(String by, long total, List<Period> periods) {

    /**
     * @param period {@code 2024-05} (month) or {@code 2024} (year)
     * @param start its first day
     * @param count events whose first day falls in it
     * @param byRegion the same by region code; {@code online} for events without a place
     * @param byMode the same by attendance mode; {@code unknown} when TWiR did not say
     */
    public record Period(
            String period,
            LocalDate start,
            long count,
            Map<String, Long> byRegion,
            Map<String, Long> byMode) {}

    /**
     * Key in {@code byRegion} of events without a region (online events, and listings that gave no
     * place); the wire value {@code online} is the API's.
     */
    public static final String NO_REGION = "online";

    /** Key of events whose mode TWiR did not give in {@code byMode}. */
    public static final String UNKNOWN = "unknown";

    /**
     * @param rows confirmed events per month, region and mode ({@code EventAggregates.perMonth})
     * @param yearly whether to sum by year instead of by month
     * @return every period from the first to the last with a counted event, gaps filled with zeros
     */
    public static EventStats of(List<PeriodCount> rows, boolean yearly) {
        TreeMap<YearMonth, List<PeriodCount>> byPeriod = new TreeMap<>();
        for (PeriodCount row : rows) {
            YearMonth month = YearMonth.of(row.year(), row.month());
            byPeriod.computeIfAbsent(
                            yearly ? YearMonth.of(row.year(), 1) : month, k -> new ArrayList<>())
                    .add(row);
        }
        List<EventStats.Period> periods = new ArrayList<>();
        long total = 0;
        if (!byPeriod.isEmpty()) {
            for (YearMonth p = byPeriod.firstKey();
                    !p.isAfter(byPeriod.lastKey());
                    p = yearly ? p.plusYears(1) : p.plusMonths(1)) {
                Map<String, Long> byRegion = new TreeMap<>();
                Map<String, Long> byMode = new TreeMap<>();
                long count = 0;
                for (PeriodCount row : byPeriod.getOrDefault(p, List.of())) {
                    count += row.count();
                    byRegion.merge(
                            row.region() == null ? NO_REGION : row.region().code(),
                            row.count(),
                            Long::sum);
                    byMode.merge(
                            row.mode() == null ? UNKNOWN : row.mode().code(),
                            row.count(),
                            Long::sum);
                }
                total += count;
                periods.add(
                        new Period(
                                yearly ? String.valueOf(p.getYear()) : p.toString(),
                                p.atDay(1),
                                count,
                                byRegion,
                                byMode));
            }
        }
        return new EventStats(yearly ? "year" : "month", total, periods);
    }
}
