package dev.rustyevents.scrape;

import org.jsoup.nodes.Element;

import java.time.LocalDate;

/**
 * Reads the "Upcoming Events" section of a TWiR issue.
 */
public final class UpcomingEventsParser {

    /**
     * @param content   the issue's HTML: a whole page, or the article body from a feed item; its
     *                  base URI is the issue's canonical live URL, so relative links resolve
     * @param issueDate the issue's publication date (used only where a date needs a year)
     * @return the listings read and the problems met; never throws on odd input
     */
    public ParseResult parse(Element content, LocalDate issueDate) {
        throw new UnsupportedOperationException("parser not written yet");
    }
}
