package dev.rustyevents.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events of one ISO 8601 week (Monday to Sunday), as the main page groups them.
 *
 * @param monday the week's first day, ISO 8601 (the heading's id)
 * @param label "This week · 17 – 23 Aug 2026"
 * @param events the week's events by first day
 */
public record WeekGroup(String monday, String label, List<EventRow> events) {

    /**
     * @param rows events sorted by first day
     * @param today today (UTC): an event that began before today's week and is still on is put in
     *     this week, where someone looking for what is on finds it; past events (a {@code from} in
     *     the past) keep their own week
     * @return the rows in weeks, earliest first
     */
    static List<WeekGroup> of(List<EventRow> rows, LocalDate today) {
        LocalDate thisWeek = Dates.monday(today);
        Map<LocalDate, List<EventRow>> weeks = new LinkedHashMap<>();
        for (EventRow row : rows) {
            LocalDate monday = Dates.monday(LocalDate.parse(row.startDate()));
            if (monday.isBefore(thisWeek) && !LocalDate.parse(row.endDate()).isBefore(today)) {
                monday = thisWeek;
            }
            weeks.computeIfAbsent(monday, k -> new ArrayList<>()).add(row);
        }
        List<WeekGroup> groups = new ArrayList<>();
        weeks.forEach(
                (monday, list) ->
                        groups.add(
                                new WeekGroup(
                                        monday.toString(),
                                        Dates.week(monday, today),
                                        List.copyOf(list))));
        return groups;
    }
}
