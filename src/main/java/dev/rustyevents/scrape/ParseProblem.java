package dev.rustyevents.scrape;

/**
 * An entry of the events section that could not be read into a {@link Listing}.
 *
 * <p>Built by name, not by position (three strings in a row): {@code ParseProblem.because(reason)},
 * then {@link #withHeading} and {@link #withRaw} where the problem belongs to an entry or a part of
 * the page.
 *
 * @param regionHeading the heading it stood under, or null
 * @param raw its visible text, or null for a problem of the whole page or section
 * @param reason what was wrong, in a sentence ("no ISO date at the start of the line")
 */
public record ParseProblem(String regionHeading, String raw, String reason) {

    /**
     * @param reason what was wrong, in a sentence
     * @return a problem of the whole page or section: no heading, no text
     */
    public static ParseProblem because(String reason) {
        return new ParseProblem(null, null, reason);
    }

    /**
     * @param heading the region heading the entry stood under, or null
     * @return this problem under that heading
     */
    public ParseProblem withHeading(String heading) {
        return new ParseProblem(heading, raw, reason);
    }

    /**
     * @param text the visible text of the entry or part the problem is about
     * @return this problem about that text
     */
    public ParseProblem withRaw(String text) {
        return new ParseProblem(regionHeading, text, reason);
    }
}
