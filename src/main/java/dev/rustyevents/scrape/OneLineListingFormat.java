package dev.rustyevents.scrape;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What the formats of eras E0 .. E8 share: one entry per list item (an item may wrap onto further
 * lines), the entry's text mostly the text of one link ({@code [Oct 26 & 27. Title](u)}).
 */
abstract class OneLineListingFormat implements ListingFormat {

    /**
     * What may stand between a date and the text after it: {@code 6/23. }, {@code May 11, }, {@code
     * October 2, 2021 - }.
     */
    private static final Pattern AFTER_DATE = Pattern.compile("^\\s*[.,:]?\\s*(?:[-–]\\s+)?");

    /**
     * Every list item is an entry; its further lines (a wrapped item) belong to it; paragraphs are
     * no entries.
     */
    @Override
    public boolean startsEntry(SourceLine line) {
        return line.startsBlock() && !line.inParagraph();
    }

    /**
     * The text an entry is written in, and its link.
     *
     * @param text the link's text when the entry starts with its link ({@code [6/23.
     *     Hannover](u).}), else the entry's whole text without a final full stop ({@code 7/20.
     *     Meeting at #rust on irc.})
     * @param link the entry's first link, or null
     */
    record Body(String text, Element link) {}

    static Body body(Entry entry) {
        SourceLine line = entry.lines().get(0);
        List<Element> links = entry.lines().stream().flatMap(l -> l.links().stream()).toList();
        Element link = links.isEmpty() ? null : links.get(0);
        String linkText = link == null ? "" : SourceLine.collapse(link.text());
        if (link != null
                && !linkText.isEmpty()
                && line.text().replaceFirst("^\\*+\\s*", "").startsWith(linkText)) {
            return new Body(linkText, link);
        }
        return new Body(entry.raw().replaceFirst("\\s*\\.$", ""), link);
    }

    /**
     * The date an entry's body starts with, and what follows it.
     *
     * @param when the date, placed in the calendar
     * @param rest the body's text after the date, as written
     * @param link the entry's first link, or null
     */
    record LeadingDate(WrittenDate.Resolved when, String rest, Element link) {

        /**
         * @return the text after the date and its separator ({@code ". "}, {@code ", "}, {@code " -
         *     "})
         */
        String text() {
            return AFTER_DATE.matcher(rest).replaceFirst("").strip();
        }
    }

    /**
     * @param entry an entry whose body starts with a date ({@link WrittenDate#atStart})
     * @param issueDate the issue's date, for a date without year
     * @return the date and the text after it
     * @throws UnreadableEntryException when the body starts with no date, or one that is no
     *     calendar date
     */
    static LeadingDate leadingDate(Entry entry, LocalDate issueDate)
            throws UnreadableEntryException {
        Body body = body(entry);
        WrittenDate date =
                WrittenDate.atStart(body.text())
                        .orElseThrow(
                                () ->
                                        new UnreadableEntryException(
                                                "no date at the start of the entry"));
        return new LeadingDate(
                date.resolve(issueDate), body.text().substring(date.end()), body.link());
    }

    /**
     * A builder of a one-line entry's listing: the entry's position, heading and text, the mode its
     * heading or text says ({@link LocationParser#modeFromHeadingOrKeyword}), its link as the
     * event's URL and, when there is one, its date.
     *
     * @param entry the entry
     * @param date its date, or null when it gives none
     * @param link its first link, or null
     */
    static Listing.Builder listing(Entry entry, WrittenDate.Resolved date, Element link) {
        Listing.Builder listing =
                entry.listing()
                        .mode(LocationParser.modeFromHeadingOrKeyword(entry.heading(), entry.raw()))
                        .eventUrl(Links.url(link));
        return date == null
                ? listing
                : listing.startDate(date.start())
                        .endDate(date.end())
                        .yearInferred(date.yearInferred());
    }
}
