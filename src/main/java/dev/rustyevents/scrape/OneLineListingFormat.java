package dev.rustyevents.scrape;

import org.jsoup.nodes.Element;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the formats of eras E0 .. E8 share: one entry per list item (an item may wrap onto further
 * lines), the entry's text mostly the text of one link ({@code [Oct 26 & 27. Title](u)}).
 */
abstract class OneLineListingFormat implements ListingFormat {

    /** What may stand between a date and the text after it: {@code 6/23. }, {@code May 11, }, {@code October 2, 2021 - }. */
    private static final Pattern AFTER_DATE = Pattern.compile("^\\s*[.,:]?\\s*(?:[-–]\\s+)?");

    /** Every list item is an entry; its further lines (a wrapped item) belong to it; paragraphs are no entries. */
    @Override
    public boolean startsEntry(SourceLine line) {
        return line.startsBlock() && !line.inParagraph();
    }

    /**
     * The text an entry is written in, and its link.
     *
     * @param text the link's text when the entry starts with its link ({@code [6/23. Hannover](u).}),
     *             else the entry's whole text without a final full stop ({@code 7/20. Meeting at #rust on irc.})
     * @param link the entry's first link, or null
     */
    record Body(String text, Element link) {
    }

    static Body body(Entry entry) {
        SourceLine line = entry.lines().get(0);
        List<Element> links = entry.lines().stream().flatMap(l -> l.links().stream()).toList();
        Element link = links.isEmpty() ? null : links.get(0);
        String linkText = link == null ? "" : SourceLine.collapse(link.text());
        if (link != null && !linkText.isEmpty() && line.text().replaceFirst("^\\*+\\s*", "").startsWith(linkText)) {
            return new Body(linkText, link);
        }
        return new Body(entry.raw().replaceFirst("\\s*\\.$", ""), link);
    }

    /** @return the text after a date and its separator ({@code ". "}, {@code ", "}, {@code " - "}) */
    static String afterDate(String text, WrittenDate date) {
        return AFTER_DATE.matcher(text.substring(date.end())).replaceFirst("").strip();
    }

    /** A listing of an era without location column and without groups. */
    static Listing listing(Entry entry, WrittenDate.Resolved date, String title, Element link) {
        return new Listing(entry.position(), entry.heading(), entry.raw(),
                date == null ? null : date.start(), date == null ? null : date.end(),
                LocationParser.modeBefore2022(entry.heading(), entry.raw()), null, null, null, null,
                null, null, VisibleText.clean(title), Links.url(link), date != null && date.yearInferred());
    }
}
