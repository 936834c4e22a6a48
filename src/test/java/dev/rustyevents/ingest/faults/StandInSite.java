package dev.rustyevents.ingest.faults;

import dev.rustyevents.support.CorpusPages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the stand-in serves, cut from real TWiR files: the fixture site's {@code rss.xml} (issues
 * 662–665 with their full HTML, {@code src/test/resources/site/}) and the published pages of issues
 * 645, 649 and 665 ({@code src/test/resources/twir/pages/}).
 */
final class StandInSite {

    /** The issue whose page the faults hit: TWiR 665, 2026-08-19, 55 entries. */
    static final int ISSUE = 665;

    static final String ISSUE_PATH = "/blog/2026/08/19/this-week-in-rust-665/";

    private static final Path RSS = Path.of("src/test/resources/site/rss.xml");
    private static final Pattern ITEM = Pattern.compile("<item>.*?</item>", Pattern.DOTALL);
    private static final Pattern NUMBER =
            Pattern.compile("<title>This Week in Rust (\\d+)</title>");
    private static final Pattern DESCRIPTION =
            Pattern.compile("<description>.*?</description>", Pattern.DOTALL);

    private StandInSite() {}

    /**
     * @param numbers the fixture feed's items to keep (of 662–665)
     * @param linkOnly the kept items to carry without content, so that their page is fetched
     * @return the fixture rss.xml with only those items
     */
    static String rss(Set<Integer> numbers, Set<Integer> linkOnly) {
        String feed = read(RSS);
        Matcher items = ITEM.matcher(feed);
        StringBuilder out = new StringBuilder();
        while (items.find()) {
            String item = items.group();
            Matcher number = NUMBER.matcher(item);
            if (!number.find()) {
                throw new IllegalStateException("an item of " + RSS + " without an issue title");
            }
            int n = Integer.parseInt(number.group(1));
            String kept =
                    !numbers.contains(n)
                            ? ""
                            : linkOnly.contains(n)
                                    ? DESCRIPTION
                                            .matcher(item)
                                            .replaceFirst("<description></description>")
                                    : item;
            items.appendReplacement(out, Matcher.quoteReplacement(kept));
        }
        items.appendTail(out);
        return out.toString();
    }

    /**
     * A feed that went back in time (a stale cache or mirror): only issues 645 and 649, of April
     * 2026, as links to their real pages.
     */
    static String rssOfOldIssues() {
        String head = read(RSS);
        head = head.substring(0, head.indexOf("<item>"));
        return head + item(645, "2026/04/01") + item(649, "2026/04/29") + "</channel></rss>";
    }

    /**
     * @return the path of an old issue's page on the stand-in, for {@link #rssOfOldIssues()}
     */
    static List<String> oldIssuePaths() {
        return List.of(
                "/blog/2026/04/01/this-week-in-rust-645/",
                "/blog/2026/04/29/this-week-in-rust-649/");
    }

    private static String item(int number, String datePath) {
        return "<item><title>This Week in Rust "
                + number
                + "</title><link>https://this-week-in-rust.org/blog/"
                + datePath
                + "/this-week-in-rust-"
                + number
                + "/</link><description></description></item>";
    }

    /**
     * @return the published page of an issue
     */
    static String page(int number) {
        return CorpusPages.page(number);
    }

    /**
     * @return TWiR 665's page with its "Upcoming Events" heading, intro, region headings and lists
     *     kept but every entry removed: a half-published page
     */
    static String pageWithEmptyEventsSection() {
        Document page = Jsoup.parse(page(ISSUE));
        Element heading = page.selectFirst("h2:contains(Upcoming Events)");
        if (heading == null) {
            throw new IllegalStateException("TWiR " + ISSUE + " has no Upcoming Events heading");
        }
        List<Element> lists = new ArrayList<>();
        for (Element next = heading.nextElementSibling();
                next != null && !next.tagName().matches("h[12]");
                next = next.nextElementSibling()) {
            if (next.tagName().equals("ul")) {
                lists.add(next);
            }
        }
        if (lists.isEmpty()) {
            throw new IllegalStateException(
                    "TWiR " + ISSUE + "'s events section has no lists to empty");
        }
        lists.forEach(Element::empty);
        return page.outerHtml();
    }

    /** A Cloudflare-style error page, as a CDN answers with 200 when the origin is unreachable. */
    static String cdnErrorPage() {
        return """
                <!DOCTYPE html>
                <html lang="en-US"><head><title>this-week-in-rust.org | 522: Connection timed out</title>
                <meta charset="UTF-8"></head>
                <body><div id="cf-wrapper"><div id="cf-error-details">
                <h1><span class="inline-block">Connection timed out</span> <span class="code-label">Error code 522</span></h1>
                <p>Visit <a href="https://www.cloudflare.com/5xx-error-landing">cloudflare.com</a> for more information.</p>
                <p>The initial connection between Cloudflare's network and the origin web server timed out.</p>
                <p>Cloudflare Ray ID: <strong>8f1c2a3b4d5e6f70</strong></p>
                </div></div></body></html>
                """;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
