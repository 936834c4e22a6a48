package dev.rustyevents.scrape;

import java.util.List;

/**
 * What {@link CfpParser} read from one issue's "CFP - Events" section.
 *
 * @param sectionFound whether the page has the section (issues before 2024-02 and stripped copies
 *     have none); a section that says "No Calls for papers or presentations were submitted this
 *     week" is found and has no listings
 * @param listings the entries it could read, in page order
 * @param problems the entries it could not read, with the raw text and the reason; the parser
 *     reports them here instead of throwing
 */
public record CfpResult(
        boolean sectionFound, List<CfpListing> listings, List<ParseProblem> problems) {

    /**
     * @return a result for a page without the section.
     */
    public static CfpResult noSection() {
        return new CfpResult(false, List.of(), List.of());
    }
}
