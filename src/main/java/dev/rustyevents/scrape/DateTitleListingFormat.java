package dev.rustyevents.scrape;

import java.time.LocalDate;

/**
 * Eras E2 and E3: {@code [6/23. Hannover](u).} (E2, month/day; some entries without a link) and
 * {@code [Oct 26 & 27. Title](u).} (E3, month name): a date without year, then the title; no place.
 * In E3 the text may start or end with a group ({@code Rust Toronto - Game Development in Rust}):
 * split off only as {@link KnownGroups} says. The two eras differ only there, so one class serves
 * both.
 */
final class DateTitleListingFormat extends OneLineListingFormat {

    private final boolean groups;

    /**
     * @param groups whether the era writes groups into the title text (E3) or not (E2)
     */
    private DateTitleListingFormat(boolean groups) {
        this.groups = groups;
    }

    /**
     * @return the reader of entries whose text after the date is the title alone (E2)
     */
    static DateTitleListingFormat titleOnly() {
        return new DateTitleListingFormat(false);
    }

    /**
     * @return the reader of entries whose text after the date may start or end with a known group
     *     (E3)
     */
    static DateTitleListingFormat groupInTitle() {
        return new DateTitleListingFormat(true);
    }

    @Override
    public Listing read(Entry entry, LocalDate issueDate) throws UnreadableEntryException {
        LeadingDate lead = leadingDate(entry, issueDate);
        KnownGroups.GroupAndTitle split =
                groups
                        ? KnownGroups.split(lead.text())
                        : new KnownGroups.GroupAndTitle(null, lead.text());
        return listing(entry, lead.when(), lead.link())
                .groupName(VisibleText.clean(split.group()))
                .title(VisibleText.clean(split.title()))
                .build();
    }
}
