package dev.rustyevents.scrape;

/**
 * An entry of the events section that could not be read into a {@link Listing}.
 *
 * @param regionHeading the heading it stood under, or null
 * @param raw           its visible text
 * @param reason        what was wrong, in a sentence ("no ISO date at the start of the line")
 */
public record ParseProblem(String regionHeading, String raw, String reason) {
}
