package dev.rustyevents.scrape;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One era of TWiR's events list: the issues, from a first issue date on, that write their events in
 * one line shape, and the {@link ListingFormat} that reads that shape. {@link #TABLE} is the one
 * place that says when an era begins: the parser picks a format by it ({@link
 * UpcomingEventsParser}), the fuzzers draw issue dates from it and the accuracy report names its
 * eras after it. A format says how it reads; the table says when.
 *
 * <p>Each era ends the day before the next one begins, so the eras cover every date from the first
 * era's first issue on without gap or overlap, and only the last is open-ended. The dates are those
 * of the era table of the TWiR corpus's ground truth (each issue's {@code era}; {@code
 * CorpusComparisonTest} checks every issue of the corpus against this table), and {@code
 * docs/formats.md} describes each era with a real line. Adding an era is one format class, one row
 * at the end of {@link #TABLE}, and its fixture page and truth under {@code
 * src/test/resources/twir/}.
 */
public final class Era {

    /** The eras, oldest first, each from its first issue date to the day before the next era's. */
    public static final List<Era> TABLE =
            List.of(
                    new Era(
                            "E0",
                            LocalDate.of(2013, 6, 1),
                            "\"Meetups\": prose bullets, no dates",
                            new ProseListingFormat()),
                    new Era(
                            "E1",
                            LocalDate.of(2014, 11, 1),
                            "free-form links, the date anywhere in or after the link",
                            new FreeFormListingFormat()),
                    new Era(
                            "E2",
                            LocalDate.of(2015, 3, 1),
                            "[6/23. Title](u): month/day without year, then the title",
                            DateTitleListingFormat.titleOnly()),
                    new Era(
                            "E3",
                            LocalDate.of(2017, 2, 14),
                            "[Oct 26 & 27. Title](u): month name, a group maybe in the title",
                            DateTitleListingFormat.groupInTitle()),
                    new Era(
                            "E4",
                            LocalDate.of(2018, 2, 13),
                            "[Feb 22. London, GB - Title](u): a place after the date",
                            DateLocationTitleListingFormat.placeWithCountry()),
                    new Era(
                            "E5",
                            LocalDate.of(2018, 6, 12),
                            "region headings over [Aug 7. Johannesburg, ZA - Title](u)",
                            DateLocationTitleListingFormat.placeWithCountry()),
                    new Era(
                            "E6",
                            LocalDate.of(2020, 11, 4),
                            "[November 26, Edinburgh, UK - Title - Group](u): a lone country or Online is a place",
                            DateLocationTitleListingFormat.placeOrCountryOrOnline()),
                    new Era(
                            "E7",
                            LocalDate.of(2021, 5, 12),
                            "[August 31, 2021, Dallas, TX, US - Title - Group](u): the year written",
                            DateLocationTitleListingFormat.placeOrCountryOrOnline()),
                    new Era(
                            "E8",
                            LocalDate.of(2021, 11, 24),
                            "[November 25, 2021 | Cardiff, WLS | **Title** | Group](u): pipes in the link",
                            new PipesInLinkListingFormat()),
                    new Era(
                            "E9",
                            LocalDate.of(2022, 3, 2),
                            "2022-06-01 | Indianapolis, IN, US | [Group](u), then [**Title**](u) lines",
                            new IsoDateListingFormat()));

    private final String id;
    private final LocalDate firstIssue;
    private final String description;
    private final ListingFormat format;

    /**
     * @param id the era's name ({@code E9}), as the corpus's ground truth names it
     * @param firstIssue the first issue date of the era, inclusive
     * @param description what its event lines look like, in one line
     * @param format the reader of its event lines
     */
    Era(String id, LocalDate firstIssue, String description, ListingFormat format) {
        this.id = id;
        this.firstIssue = firstIssue;
        this.description = description;
        this.format = format;
    }

    /**
     * @return the era's name, {@code E0} .. {@code E9}
     */
    public String id() {
        return id;
    }

    /**
     * @return the first issue date of the era, inclusive
     */
    public LocalDate firstIssue() {
        return firstIssue;
    }

    /**
     * @return the last issue date of the era, inclusive: the day before the next era of {@link
     *     #TABLE} begins; empty for the last era, which is open-ended
     */
    public Optional<LocalDate> lastIssue() {
        int next = TABLE.indexOf(this) + 1;
        return next > 0 && next < TABLE.size()
                ? Optional.of(TABLE.get(next).firstIssue.minusDays(1))
                : Optional.empty();
    }

    /**
     * @return what the era's event lines look like, in one line
     */
    public String description() {
        return description;
    }

    /**
     * @return the reader of the era's event lines
     */
    ListingFormat format() {
        return format;
    }

    /**
     * @return the era TWiR writes in now: the last of {@link #TABLE}, whose format also writes
     *     ({@link TwirMarkdown})
     */
    public static Era current() {
        return TABLE.get(TABLE.size() - 1);
    }

    /**
     * @param issueDate an issue's publication date, or null
     * @return the era of {@link #TABLE} whose dates contain it; empty for null and for a date
     *     before the first era
     */
    public static Optional<Era> of(LocalDate issueDate) {
        return of(TABLE, issueDate);
    }

    /**
     * The era whose range contains a date, in a table of eras sorted by first issue date where each
     * era runs up to the next one's first issue: the last era that begins on or before the date.
     * (Not the first era that "handles" the date: with open ranges, that would never reach an era
     * appended after an open-ended one.)
     *
     * @param table eras sorted by first issue date, as {@link #TABLE}
     * @param issueDate an issue's publication date, or null
     * @return the era whose range contains the date; empty for null and before the first era
     */
    static Optional<Era> of(List<Era> table, LocalDate issueDate) {
        if (issueDate == null) {
            return Optional.empty();
        }
        Era found = null;
        for (Era era : table) {
            if (era.firstIssue.isAfter(issueDate)) {
                break;
            }
            found = era;
        }
        return Optional.ofNullable(found);
    }

    /**
     * @param id an era's name, such as {@code E5}
     * @return that era of {@link #TABLE}, or empty when there is none of that name
     */
    public static Optional<Era> byId(String id) {
        return TABLE.stream().filter(e -> e.id.equals(id)).findFirst();
    }

    /**
     * @return the era's name
     */
    @Override
    public String toString() {
        return id;
    }
}
