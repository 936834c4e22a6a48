package dev.rustyevents.scrape;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date at the start of an ISO-era event line (TWiR from 2022-03, era E9): {@code 2026-01-07},
 * or a multi-day entry {@code 2026-09-08 - 2026-09-11}, with the shorthands seen in the corpus
 * (ground-truth flags {@code date_range_shorthand}, {@code second_date_joined_by:*}): {@code
 * 2024-01-27-28}, {@code 2022-05-19 & 05-20}, second dates joined by {@code &}, {@code ,} or {@code
 * *}; days and months need not be zero padded ({@code 2023-10-9}).
 *
 * @param start first day
 * @param end last day (inclusive) of a multi-day entry, null for a one-day entry (also when the
 *     same date is written twice)
 * @param length number of characters of the line the date took
 */
record IsoDateRange(LocalDate start, LocalDate end, int length) {

    /**
     * Year, month and day of an ISO date as TWiR writes it (month and day not always zero padded):
     * three groups.
     */
    private static final String YEAR_MONTH_DAY = "(\\d{4})-(\\d{1,2})-(\\d{1,2})";

    /**
     * One ISO date anywhere in a text, not part of a longer number: groups 1 to 3 are year, month
     * and day. The one ISO date pattern of the readers ({@link WrittenDate#find}, {@link
     * CfpParser}).
     */
    static final Pattern ANYWHERE = Pattern.compile("(?<!\\d)" + YEAR_MONTH_DAY + "(?!\\d)");

    /** The separator of a multi-day entry's two dates as TWiR writes it now. */
    private static final String RANGE_SEPARATOR = "-";

    private static final Pattern DATE =
            Pattern.compile(
                    "^"
                            + YEAR_MONTH_DAY
                            + "(?:\\s*(?:-|–|&|,|\\*|to)\\s*(?:(\\d{4})-)?(?:(\\d{1,2})-)?(\\d{1,2})(?![\\d-]))?"
                            + "(?![\\d-])");

    /** A line starting with a date pattern whose numbers make no calendar date. */
    static final class InvalidDateException extends Exception {
        InvalidDateException(String message) {
            super(message);
        }
    }

    /**
     * @param text a line's visible text
     * @return true when the text starts with an ISO date (valid or not)
     */
    static boolean startsWithDate(String text) {
        return DATE.matcher(text).lookingAt();
    }

    /**
     * @param text a line's visible text, starting with the date
     * @return the date range, or empty when the text does not start with an ISO date
     * @throws InvalidDateException when it does but the date does not exist ({@code 2023-02-30}),
     *     or the second date lies before the first
     */
    static Optional<IsoDateRange> parse(String text) throws InvalidDateException {
        Matcher m = DATE.matcher(text);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        try {
            LocalDate start = LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
            LocalDate end = null;
            if (m.group(6) != null) {
                int year = m.group(4) != null ? num(m.group(4)) : start.getYear();
                int month = m.group(5) != null ? num(m.group(5)) : start.getMonthValue();
                end = LocalDate.of(year, month, num(m.group(6)));
                if (end.isBefore(start)) {
                    throw new InvalidDateException(
                            "second date " + end + " lies before the first " + start);
                }
                if (end.equals(start)) {
                    end = null;
                }
            }
            return Optional.of(new IsoDateRange(start, end, m.end()));
        } catch (DateTimeException e) {
            throw new InvalidDateException("not a calendar date: '" + m.group() + "'");
        }
    }

    /**
     * The inverse of {@link #parse}, in the form TWiR writes now: {@code 2026-09-08}, or {@code
     * 2026-09-08 - 2026-09-11} for a multi-day entry (a separator {@link #parse} reads).
     *
     * @param start first day
     * @param end last day, inclusive, or null (or equal to {@code start}) for a one-day entry
     * @return the date column
     */
    static String write(LocalDate start, LocalDate end) {
        return end == null || end.equals(start)
                ? start.toString()
                : start + " " + RANGE_SEPARATOR + " " + end;
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
