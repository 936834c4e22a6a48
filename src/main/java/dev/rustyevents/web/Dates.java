package dev.rustyevents.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * How pages write days: English, day before month ("Wed 19 Aug 2026"). Events are whole days
 * without a time zone (TWiR gives no times), so nothing here converts zones.
 */
final class Dates {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH =
            DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY_DAY =
            DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);
    private static final DateTimeFormatter LONG =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private Dates() {}

    /**
     * @param start first day
     * @param end last day, inclusive; null or equal to {@code start} for one day
     * @return "Wed 19 Aug 2026", "Wed 19 – Fri 21 Aug 2026", "Mon 31 Aug – Tue 1 Sep 2026" or,
     *     across years, both days in full
     */
    static String span(LocalDate start, LocalDate end) {
        if (end == null || end.equals(start)) {
            return DAY.format(start);
        }
        if (start.getYear() != end.getYear()) {
            return DAY.format(start) + " – " + DAY.format(end);
        }
        if (start.getMonth() != end.getMonth()) {
            return DAY_MONTH.format(start) + " – " + DAY.format(end);
        }
        return WEEKDAY_DAY.format(start) + " – " + DAY.format(end);
    }

    /**
     * @param start first day
     * @param end last day, inclusive; null or equal to {@code start} for one day
     * @return the span without its year, for a list under a heading that carries it ("Tue 8 Sep",
     *     "Wed 19 – Fri 21 Aug", "Mon 31 Aug – Tue 1 Sep"); across years both days in full, as
     *     {@link #span}
     */
    static String shortSpan(LocalDate start, LocalDate end) {
        if (end == null || end.equals(start)) {
            return DAY_MONTH.format(start);
        }
        if (start.getYear() != end.getYear()) {
            return span(start, end);
        }
        if (start.getMonth() != end.getMonth()) {
            return DAY_MONTH.format(start) + " – " + DAY_MONTH.format(end);
        }
        return WEEKDAY_DAY.format(start) + " – " + DAY_MONTH.format(end);
    }

    /**
     * @return "19 Aug 2026"
     */
    static String day(LocalDate day) {
        return DAY.format(day).substring(4);
    }

    /**
     * @return "Wednesday 19 August 2026"
     */
    static String full(LocalDate day) {
        return LONG.format(day);
    }

    /**
     * @return the Monday of the ISO 8601 week holding the day
     */
    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * @param monday the first day of an ISO 8601 week
     * @param today today (UTC)
     * @return "This week · 17 – 23 Aug 2026", "Next week · …" or the bare span
     */
    static String week(LocalDate monday, LocalDate today) {
        String span = span(monday, monday.plusDays(6)).replaceAll("(Mon|Sun) ", "");
        LocalDate thisWeek = monday(today);
        if (monday.equals(thisWeek)) {
            return "This week · " + span;
        }
        if (monday.equals(thisWeek.plusWeeks(1))) {
            return "Next week · " + span;
        }
        return span;
    }
}
