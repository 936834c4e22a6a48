package dev.rustyevents.scrape;

import java.time.LocalDate;

/**
 * Eras E4 .. E7: one link per entry, date, place, then title and group in one text:
 *
 * <ul>
 *   <li>E4 {@code [Feb 22. London, GB - Title](u)} (no region headings),
 *   <li>E5 {@code [Aug 7. Johannesburg, ZA - [Group - ]Title](u).} under region headings,
 *   <li>E6 {@code [November 26, Edinburgh, UK - Title - Group](u)},
 *   <li>E7 {@code [August 31, 2021, Dallas, TX, US - Title - Group](u)} (with year).
 * </ul>
 *
 * The line shape is one; the eras differ in what the walker and the shared rules already handle
 * (region headings, the year written or not), and in whether a lone country or {@code Online} is a
 * place (E6, E7). Place: {@link LocationParser#leadingPlace}; mode: {@link
 * LocationParser#modeFromHeadingOrKeyword}; group and title: {@link KnownGroups}.
 */
final class DateLocationTitleListingFormat extends OneLineListingFormat {

    private final boolean singlePartPlaces;

    /**
     * @param singlePartPlaces whether a lone country or {@code Online} counts as a place
     */
    private DateLocationTitleListingFormat(boolean singlePartPlaces) {
        this.singlePartPlaces = singlePartPlaces;
    }

    /**
     * @return the reader whose places are {@code City[, ST], CC} only (E4, E5)
     */
    static DateLocationTitleListingFormat placeWithCountry() {
        return new DateLocationTitleListingFormat(false);
    }

    /**
     * @return the reader that also takes a lone country or {@code Online} for a place (E6, E7)
     */
    static DateLocationTitleListingFormat placeOrCountryOrOnline() {
        return new DateLocationTitleListingFormat(true);
    }

    @Override
    public Listing read(Entry entry, LocalDate issueDate) throws UnreadableEntryException {
        LeadingDate lead = leadingDate(entry, issueDate);
        String text = lead.text();
        LocationParser.LeadingPlace place =
                LocationParser.leadingPlace(text, singlePartPlaces).orElse(null);
        String location = place == null ? null : place.location();
        LocationParser.Place where = LocationParser.parse(location);
        KnownGroups.GroupAndTitle split = KnownGroups.split(place == null ? text : place.rest());
        return listing(entry, lead.when(), lead.link())
                .locationRaw(location)
                .city(where.city())
                .subdivision(where.subdivision())
                .country(where.country())
                .groupName(VisibleText.clean(split.group()))
                .title(VisibleText.clean(split.title()))
                .build();
    }
}
