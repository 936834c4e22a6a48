package dev.rustyevents.scrape;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads TWiR's archive page ({@code /blog/archives/}): the links to every issue. */
public final class ArchiveReader {

    /**
     * @param html the archive page
     * @param baseUri its canonical URL, for relative links
     * @return every issue it links to, oldest first (by date, then number), each once; links to
     *     other articles ("The State of Rust 0.8") are left out
     */
    public List<IssueRef> read(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri);
        Map<Integer, IssueRef> byNumber = new LinkedHashMap<>();
        for (Element a : doc.select("a[href]")) {
            IssueRef.of(a.absUrl("href"), a.text())
                    .ifPresent(ref -> byNumber.putIfAbsent(ref.number(), ref));
        }
        return byNumber.values().stream()
                .sorted(Comparator.comparing(IssueRef::published).thenComparing(IssueRef::number))
                .toList();
    }
}
