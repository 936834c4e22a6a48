package dev.rustyevents.scrape;

import dev.rustyevents.vocabulary.RegionHeading;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns a plain-text rendering of a TWiR issue (an aggregator such as Planet Mozilla, whose copy
 * lost links, nesting and markup) back into the HTML shape {@link UpcomingEventsParser} and {@link
 * CfpParser} read: the "Upcoming Events" line ({@link SectionTitle}), the section titles that
 * follow it and "Updates from the Rust Project" (which follows the CFP section) become {@code
 * <h2>}, region headings ({@link RegionHeading}) and "CFP - Events" / "CFP - Speakers" {@code
 * <h3>}, lines starting with {@code - } or {@code * } list items, anything else a paragraph. Text
 * only, so nothing it produces can carry markup from the input.
 */
public final class PlainTextPage {

    /**
     * Section titles of a TWiR issue that close the events section or the CFP section ({@link
     * SectionTitle#normalise}d).
     */
    private static final Set<String> CLOSING_TITLES =
            Set.of(
                    "jobs",
                    "quote of the week",
                    "call for participation; projects and speakers",
                    "updates from rust community",
                    "updates from the rust project");

    private PlainTextPage() {}

    /**
     * @param text the text, lines separated by LF or CRLF
     * @param baseUri the issue's canonical URL
     * @return a document whose body holds the text as headings, lists and paragraphs
     */
    public static Document toDocument(String text, String baseUri) {
        Document doc = Document.createShell(baseUri);
        Element body = doc.body();
        Element list = null;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("- ") || line.startsWith("* ")) {
                if (list == null) {
                    list = body.appendElement("ul");
                }
                list.appendElement("li").text(line.substring(2).strip());
                continue;
            }
            list = null;
            if (SectionTitle.isEvents(line)
                    || CLOSING_TITLES.contains(SectionTitle.normalise(line))) {
                body.appendElement("h2").text(line);
            } else if (RegionHeading.isHeading(line) || SectionTitle.isCfp(line)) {
                body.appendElement("h3").text(line);
            } else {
                body.appendElement("p").text(line);
            }
        }
        return doc;
    }
}
