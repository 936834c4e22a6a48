package dev.rustyevents.scrape;

import java.time.LocalDate;

/**
 * Eras E2 and E3 (issues 2015-03 .. 2018-02-12): {@code [6/23. Hannover](u).} (E2, month/day;
 * some entries without a link) and {@code [Oct 26 & 27. Title](u).} (E3, month name): a date
 * without year, then the title; no place. In E3 the text may start or end with a group
 * ({@code Rust Toronto - Game Development in Rust}): split off only as {@link KnownGroups} says.
 * The two eras differ only there, so one class serves both.
 */
final class DateTitleListingFormat extends OneLineListingFormat {

    private final boolean groups;

    /**
     * @param groups whether the era writes groups into the title text (E3) or not (E2)
     */
    DateTitleListingFormat(LocalDate first, LocalDate last, boolean groups) {
        super(first, last);
        this.groups = groups;
    }

    /** Era E2, 2015-03-01 .. 2017-02-13. */
    static DateTitleListingFormat e2() {
        return new DateTitleListingFormat(LocalDate.of(2015, 3, 1), LocalDate.of(2017, 2, 13), false);
    }

    /** Era E3, 2017-02-14 .. 2018-02-12. */
    static DateTitleListingFormat e3() {
        return new DateTitleListingFormat(LocalDate.of(2017, 2, 14), LocalDate.of(2018, 2, 12), true);
    }

    @Override
    public Listing read(Entry entry, LocalDate issueDate) throws UnreadableEntryException {
        Body body = body(entry);
        WrittenDate date = WrittenDate.atStart(body.text())
                .orElseThrow(() -> new UnreadableEntryException("no date at the start of the entry"));
        WrittenDate.Resolved when = date.resolve(issueDate);
        String text = afterDate(body.text(), date);
        if (!groups) {
            return listing(entry, when, text, body.link());
        }
        KnownGroups.GroupAndTitle split = KnownGroups.split(text);
        Listing plain = listing(entry, when, split.title(), body.link());
        return new Listing(plain.position(), plain.regionHeading(), plain.raw(), plain.startDate(), plain.endDate(),
                plain.mode(), null, null, null, null, clean(split.group()), null, plain.title(), plain.eventUrl(),
                plain.yearInferred());
    }
}
