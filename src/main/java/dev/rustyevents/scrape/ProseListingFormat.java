package dev.rustyevents.scrape;

import java.time.LocalDate;

/**
 * Era E0 (ground-truth format {@code prose}): a "Meetups" section of prose bullets ({@code
 * nmatsakis has expressed interest in a Boston meetup}, {@code [Rust Skåne (Lund, Sweden)](u)}).
 * They give no date, and what they name is a sentence, not a title: each item is a listing with its
 * text and first link only; every other field is null (the ingest records a listing without a date
 * as such, it makes no event of it).
 */
final class ProseListingFormat extends OneLineListingFormat {

    @Override
    public Listing read(Entry entry, LocalDate issueDate) {
        return entry.listing().eventUrl(Links.url(body(entry).link())).build();
    }
}
