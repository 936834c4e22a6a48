package dev.rustyevents.scrape.fuzz;

import dev.rustyevents.scrape.IssueRef;
import dev.rustyevents.scrape.SavedPage;
import dev.rustyevents.support.CorpusPages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * The real pages the fuzzers start from: every TWiR page committed under {@code
 * src/test/resources/twir/pages} (28 issues, 2013 .. 2026, one or more per era of {@link
 * dev.rustyevents.scrape.Era#TABLE}), each with the issue it is as the page itself says ({@link
 * SavedPage}), and the two Planet Mozilla text copies of {@code seeds/}. Committed files, so the
 * fuzz tests run on a fresh clone without the corpus checkout.
 */
public final class Seeds {

    /** A real page and the issue it is. */
    public record Page(String key, String html, IssueRef ref) {
        @Override
        public String toString() {
            return key; // jqwik prints the sample: the key, not 50 kB of HTML
        }
    }

    /** The committed pages, in file-name order. */
    public static final List<Page> PAGES = load();

    /**
     * The Planet Mozilla text copies of issue 634 ({@code seeds/}): one whole, one stripped of its
     * lists.
     */
    public static final List<String> TEXTS =
            List.of(
                    CorpusPages.seed("000_c17b38fcf9ee39ba.txt"),
                    CorpusPages.seed("001_0268bcf0f96492dc.txt"));

    private Seeds() {}

    /**
     * @return the page of issue {@code number}
     */
    public static Page page(int number) {
        return PAGES.stream().filter(p -> p.ref().number() == number).findFirst().orElseThrow();
    }

    private static List<Page> load() {
        Path dir = Path.of("src/test/resources/twir/pages");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".html"))
                    .sorted()
                    .map(
                            f -> {
                                String html = read(f);
                                String key = f.getFileName().toString().replace(".html", "");
                                IssueRef ref =
                                        SavedPage.issueOf(
                                                        Jsoup.parse(html),
                                                        "https://this-week-in-rust.org/")
                                                .orElseThrow(
                                                        () ->
                                                                new IllegalStateException(
                                                                        f
                                                                                + " does not say which issue it is"));
                                return new Page(key, html, ref);
                            })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
