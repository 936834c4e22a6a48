package dev.rustyevents.scrape;

import java.util.List;

/**
 * What a parser read from one issue's "Upcoming Events" section.
 *
 * @param sectionFound whether the page has an events section at all (early issues and stripped
 *                     copies have none; an ingest must then change no event)
 * @param listings     the entries it could read, in page order
 * @param problems     the entries (or parts of the section) it could not read, with the reason;
 *                     a parser reports them here instead of throwing
 */
public record ParseResult(boolean sectionFound, List<Listing> listings, List<ParseProblem> problems) {

    /** @return a result for a page without an events section. */
    public static ParseResult noSection() {
        return new ParseResult(false, List.of(), List.of());
    }
}
