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
 * @param continued true when the previous page holds earlier events of the same week (the heading
 *     says so: a week split by paging reads as one)
 * @param continues true when the next page holds more events of this week
 */
public record WeekGroup(
        String monday, String label, List<EventRow> events, boolean continued, boolean continues) {

    /**
     * @param row an event of the list
     * @param today today (UTC)
     * @return the Monday of the week {@link #of} puts it in
     */
    static LocalDate weekOf(EventRow row, LocalDate today) {
        LocalDate thisWeek = Dates.monday(today);
        LocalDate monday = Dates.monday(LocalDate.parse(row.startDate()));
        if (monday.isBefore(thisWeek) && !LocalDate.parse(row.endDate()).isBefore(today)) {
            return thisWeek;
        }
        return monday;
    }

    /**
     * @param rows one page of events sorted by first day
     * @param before the event just before the page (the previous page's last), or null
     * @param after the event just after it (the next page's first), or null
     * @param today as {@link #of(List, LocalDate)}
     * @return the page's weeks, the first and last marked when the neighbouring page shares them
     */
    static List<WeekGroup> of(
            List<EventRow> rows, EventRow before, EventRow after, LocalDate today) {
        List<WeekGroup> weeks = new ArrayList<>(of(rows, today));
        if (weeks.isEmpty()) {
            return weeks;
        }
        WeekGroup first = weeks.get(0);
        if (before != null && weekOf(before, today).toString().equals(first.monday())) {
            weeks.set(0, first.marked(true, first.continues()));
        }
        WeekGroup last = weeks.get(weeks.size() - 1);
        if (after != null && weekOf(after, today).toString().equals(last.monday())) {
            weeks.set(weeks.size() - 1, last.marked(last.continued(), true));
        }
        return List.copyOf(weeks);
    }

    private WeekGroup marked(boolean isContinued, boolean doesContinue) {
        return new WeekGroup(monday, label, events, isContinued, doesContinue);
    }

    /**
     * @param rows events sorted by first day
     * @param today today (UTC): an event that began before today's week and is still on is put in
     *     this week, where someone looking for what is on finds it; past events (a {@code from} in
     *     the past) keep their own week
     * @return the rows in weeks, earliest first
     */
    static List<WeekGroup> of(List<EventRow> rows, LocalDate today) {
        Map<LocalDate, List<EventRow>> weeks = new LinkedHashMap<>();
        for (EventRow row : rows) {
            weeks.computeIfAbsent(weekOf(row, today), k -> new ArrayList<>()).add(row);
        }
        List<WeekGroup> groups = new ArrayList<>();
        weeks.forEach(
                (monday, list) ->
                        groups.add(
                                new WeekGroup(
                                        monday.toString(),
                                        Dates.week(monday, today),
                                        List.copyOf(list),
                                        false,
                                        false)));
        return groups;
    }
}
