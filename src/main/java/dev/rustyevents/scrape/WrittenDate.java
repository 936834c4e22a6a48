package dev.rustyevents.scrape;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as the issues of eras E1 .. E8 write it ({@link Era}): a month name, abbreviated or not
 * ({@code Oct 26}, {@code November 26}, {@code March 13th}), with the typos of the corpus ({@code
 * Oc}, {@code Octover}, {@code Februar}, {@code Dex}; flag {@code month_name_typo}), or numeric
 * month/day ({@code 6/23}); a second day joined by {@code &}, {@code -}, {@code /} ({@code Oct 26 &
 * 27}, {@code May 30/31}, {@code July 27 - August 8}); optionally a year ({@code August 31, 2021}).
 * Without a year, {@link #resolve} infers it and says so.
 *
 * @param month first month, 1-12
 * @param day first day
 * @param endMonth month of the second day, or null
 * @param endDay second day, or null
 * @param year the year as written, or null
 * @param start index of the date's first character in the text searched
 * @param end index after the date's last character
 */
record WrittenDate(
        int month, int day, Integer endMonth, Integer endDay, Integer year, int start, int end) {

    /** A date read and placed in the calendar. */
    record Resolved(LocalDate start, LocalDate end, boolean yearInferred) {}

    /**
     * A month name as TWiR writes it, abbreviated or not, with the corpus's typos, and an optional
     * full stop: one group, the name ({@link #month} reads it). The one month-name pattern of the
     * readers ({@link CfpParser} uses it too).
     */
    static final String MONTH =
            "(Jan(?:uary)?|Feb(?:ruary|ruar)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
                    + "|Sep(?:t(?:ember)?)?|Oct(?:ober|over)?|Oc|Nov(?:ember)?|Dec(?:ember)?|Dex)\\.?";

    private static final String ORDINAL = "(?:st|nd|rd|th)?(?![\\d/])";
    private static final Pattern BY_NAME =
            Pattern.compile(
                    "\\b"
                            + MONTH
                            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)"
                            + "(?:\\s*(?:&|-|–|/|\\bto\\b)\\s*(?:"
                            + MONTH
                            + "\\s+)?(\\d{1,2})"
                            + ORDINAL
                            + ")?"
                            + "(?:[,.]?\\s*(\\d{4})(?!\\d))?");
    private static final Pattern NUMERIC =
            Pattern.compile(
                    "(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?![\\d/])"
                            + "(?:\\s*(?:&|-|–)\\s*(?:(\\d{1,2})/)?(\\d{1,2})(?![\\d/]))?");

    private static final Map<String, Integer> MONTHS =
            Map.ofEntries(
                    Map.entry("jan", 1),
                    Map.entry("feb", 2),
                    Map.entry("mar", 3),
                    Map.entry("apr", 4),
                    Map.entry("may", 5),
                    Map.entry("jun", 6),
                    Map.entry("jul", 7),
                    Map.entry("aug", 8),
                    Map.entry("sep", 9),
                    Map.entry("oct", 10),
                    Map.entry("oc", 10),
                    Map.entry("nov", 11),
                    Map.entry("dec", 12),
                    Map.entry("dex", 12));

    /**
     * Issue-relative window of an inferred date (the ground truth's {@code year_inferred},
     * docs/formats.md).
     */
    static final int DAYS_BEFORE_ISSUE = 60;

    static final int DAYS_AFTER_ISSUE = 300;

    /**
     * @param text an entry's text
     * @return the date that starts it (month name or month/day), or empty
     */
    static Optional<WrittenDate> atStart(String text) {
        return find(text).filter(d -> d.start() == 0);
    }

    /**
     * @param text free text (the 2014-15 listings put the date anywhere: {@code Rust Paris, Nov
     *     17})
     * @return the first date in it: month name, month/day or ISO, whichever comes first; or empty
     */
    static Optional<WrittenDate> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        WrittenDate best = null;
        Matcher m = BY_NAME.matcher(text);
        if (m.find()) {
            best =
                    new WrittenDate(
                            month(m.group(1)),
                            num(m.group(2)),
                            m.group(3) != null ? month(m.group(3)) : null,
                            m.group(4) == null ? null : num(m.group(4)),
                            m.group(5) == null ? null : num(m.group(5)),
                            m.start(),
                            m.end());
        }
        m = NUMERIC.matcher(text);
        if (m.find() && (best == null || m.start() < best.start())) {
            best =
                    new WrittenDate(
                            num(m.group(1)),
                            num(m.group(2)),
                            m.group(4) == null
                                    ? null
                                    : m.group(3) != null ? num(m.group(3)) : num(m.group(1)),
                            m.group(4) == null ? null : num(m.group(4)),
                            null,
                            m.start(),
                            m.end());
        }
        m = IsoDateRange.ANYWHERE.matcher(text);
        if (m.find() && (best == null || m.start() < best.start())) {
            best =
                    new WrittenDate(
                            num(m.group(2)),
                            num(m.group(3)),
                            null,
                            null,
                            num(m.group(1)),
                            m.start(),
                            m.end());
        }
        return Optional.ofNullable(best);
    }

    /**
     * @param issueDate the issue's date
     * @return start and end in the calendar; a missing year is the one that puts the start nearest
     *     after the issue date ({@value #DAYS_BEFORE_ISSUE} days before .. {@value
     *     #DAYS_AFTER_ISSUE} after; a December issue's {@code Jan 5} is next year's), marked
     *     inferred; a second day before the first is in the next month or year ({@code Dec 30 - Jan
     *     2}), a second day equal to the first is no end
     * @throws UnreadableEntryException when the numbers make no calendar date
     */
    Resolved resolve(LocalDate issueDate) throws UnreadableEntryException {
        try {
            LocalDate first = year != null ? LocalDate.of(year, month, day) : infer(issueDate);
            LocalDate last = null;
            if (endDay != null) {
                int m = endMonth != null ? endMonth : month;
                last = LocalDate.of(first.getYear(), m, endDay);
                if (last.isBefore(first)) {
                    last = endMonth != null ? last.plusYears(1) : last.plusMonths(1);
                }
                if (last.equals(first)) {
                    last = null;
                }
            }
            return new Resolved(first, last, year == null);
        } catch (DateTimeException e) {
            throw new UnreadableEntryException(
                    "not a calendar date: month "
                            + month
                            + ", day "
                            + day
                            + (year == null ? "" : ", year " + year));
        }
    }

    private LocalDate infer(LocalDate issueDate) {
        LocalDate from = issueDate.minusDays(DAYS_BEFORE_ISSUE);
        LocalDate fallback = null;
        for (int y = issueDate.getYear() - 1; y <= issueDate.getYear() + 4; y++) {
            LocalDate candidate;
            try {
                candidate = LocalDate.of(y, month, day);
            } catch (DateTimeException e) {
                continue; // 29 February of a common year
            }
            if (!candidate.isBefore(from)) {
                if (!candidate.isAfter(issueDate.plusDays(DAYS_AFTER_ISSUE))) {
                    return candidate;
                }
                if (fallback == null) {
                    fallback = candidate;
                }
            }
        }
        if (fallback == null) {
            throw new DateTimeException("no such date");
        }
        return fallback;
    }

    /**
     * @param word a month name that {@link #MONTH} matched ({@code Sept.}, {@code Octover}, {@code
     *     Dex})
     * @return its month, 1-12; 0 for a word that is no month name
     */
    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        Integer m = MONTHS.get(w.length() > 3 ? w.substring(0, 3) : w);
        return m == null ? 0 : m;
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
