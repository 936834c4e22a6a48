package dev.rustyevents.scrape;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * The titles of the two sections of a TWiR issue that the parsers read, as TWiR has printed them,
 * where a page's section heading is, and the one way a heading's text is compared with a title:
 * white space collapsed, case and a trailing colon ignored, a dash or colon between words read as
 * {@code " - "} ({@code CFP: Events}, {@code CFP – Events}). Which headings within the events
 * section are region headings is {@link dev.rustyevents.vocabulary.RegionHeading}'s rule.
 */
final class SectionTitle {

    /** "Upcoming Events"; "Upcoming Meetups" in 2014-11/12, "Meetups" in 2013-14 (era E0). */
    private static final Set<String> EVENTS =
            Set.of("upcoming events", "upcoming meetups", "meetups");

    /** "CFP - Events" since issue 549 (2024-05), "CFP - Speakers" from 2024-02 to 2024-05. */
    private static final Set<String> CFP = Set.of("cfp - events", "cfp - speakers");

    private SectionTitle() {}

    /**
     * @param heading a heading's text as printed, or null
     * @return true when it is the title of the "Upcoming Events" section
     */
    static boolean isEvents(String heading) {
        return heading != null && EVENTS.contains(normalise(heading));
    }

    /**
     * @param heading a heading's text as printed, or null
     * @return true when it is the title of the "CFP - Events" section
     */
    static boolean isCfp(String heading) {
        return heading != null && CFP.contains(normalise(heading));
    }

    /**
     * @param content an issue's HTML, or null
     * @return its first {@code <h1>} or {@code <h2>} whose text {@link #isEvents}; empty when it
     *     has none (and for null)
     */
    static Optional<Element> eventsHeading(Element content) {
        return first(content, "h1, h2", SectionTitle::isEvents);
    }

    /**
     * @param content an issue's HTML, or null
     * @return its first heading of any level (an {@code <h3>} on the page) whose text {@link
     *     #isCfp}; empty when it has none (and for null)
     */
    static Optional<Element> cfpHeading(Element content) {
        return first(content, "h1, h2, h3, h4, h5, h6", SectionTitle::isCfp);
    }

    private static Optional<Element> first(
            Element content, String levels, Predicate<String> title) {
        return content == null
                ? Optional.empty()
                : content.select(levels).stream().filter(h -> title.test(h.text())).findFirst();
    }

    /**
     * @param heading a heading's text as printed
     * @return the text as titles are compared: lower case, white space collapsed, no trailing
     *     colon, a dash or colon between words as {@code " - "}
     */
    static String normalise(String heading) {
        String s = SourceLine.collapse(heading).toLowerCase(Locale.ROOT).replaceFirst("\\s*:$", "");
        return s.replaceAll("\\s*[-–—:]\\s*", " - ");
    }
}
