package dev.rustyevents.scrape;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads TWiR's RSS 2.0 ({@code rss.xml}) or Atom ({@code atom.xml}) feed with jsoup's XML parser.
 * Both carry the four newest issues with their full HTML.
 */
public final class FeedReader {

    /**
     * @param xml the feed's bytes (encoding from its XML declaration, UTF-8 by default)
     * @param baseUri the feed's canonical URL, for relative links
     * @return the items that are TWiR issues, oldest first; entries that are not issue pages (other
     *     posts) are left out
     * @throws FeedException when the bytes are not an RSS or Atom feed
     */
    public List<FeedItem> read(byte[] xml, String baseUri) throws FeedException {
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(xml), null, baseUri, Parser.xmlParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<FeedItem> items = new ArrayList<>();
        if (doc.selectFirst("rss > channel") != null) {
            for (Element item : doc.select("rss > channel > item")) {
                item(text(item, "title"), text(item, "link"), text(item, "description"))
                        .ifPresent(items::add);
            }
        } else if (doc.selectFirst("feed") != null) {
            for (Element entry : doc.select("feed > entry")) {
                Element link = entry.selectFirst("link[rel=alternate], link:not([rel])");
                String content =
                        entry.selectFirst("content") != null
                                ? text(entry, "content")
                                : text(entry, "summary");
                item(text(entry, "title"), link == null ? null : link.attr("href"), content)
                        .ifPresent(items::add);
            }
        } else {
            throw new FeedException("neither an RSS <rss><channel> nor an Atom <feed> document");
        }
        items.sort(
                java.util.Comparator.comparing((FeedItem i) -> i.issue().published())
                        .thenComparing(i -> i.issue().number()));
        return items;
    }

    private static Optional<FeedItem> item(String title, String link, String html) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        return IssueRef.of(link.strip(), title)
                .map(ref -> new FeedItem(ref, html == null || html.isBlank() ? null : html));
    }

    private static String text(Element parent, String child) {
        Element e = parent.selectFirst(child);
        return e == null ? null : e.wholeText().strip();
    }

    /** The bytes are not a feed. */
    public static final class FeedException extends Exception {
        public FeedException(String message) {
            super(message);
        }
    }
}
