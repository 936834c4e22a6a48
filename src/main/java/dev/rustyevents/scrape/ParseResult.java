package dev.rustyevents.scrape;

import java.util.List;

/**
 * What a parser read from one issue's "Upcoming Events" section.
 *
 * @param sectionFound whether the page has an events section at all (early issues and stripped
 *     copies have none; an ingest must then change no event)
 * @param listings the entries it could read, in page order
 * @param problems the entries (or parts of the section) it could not read, with the reason; a
 *     parser reports them here instead of throwing
 * @param sectionEnded true when a heading after the section closes it ("Jobs", "Quote of the
 *     Week"), as on every real issue; false when the section runs to the end of the content, as on
 *     a page cut short, whose missing entries must not count as dropped (and when there is no
 *     section)
 */
public record ParseResult(
        boolean sectionFound,
        List<Listing> listings,
        List<ParseProblem> problems,
        boolean sectionEnded) {

    /**
     * @return a result for a page without an events section.
     */
    public static ParseResult noSection() {
        return new ParseResult(false, List.of(), List.of(), false);
    }
}
