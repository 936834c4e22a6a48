package dev.rustyevents.scrape;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every issue of the corpus (system property {@code rusty.corpus}, the directory holding
 * {@code pages/} and {@code truth/}, as the pom passes it) parsed and compared with its ground
 * truth, era by era ({@link Era#TABLE}; the truth names each issue's era, and the table must give
 * the same one). Skipped when the corpus is absent (a fresh clone). With
 * {@code -Drusty.accuracy-report=docs/accuracy.md} the test also writes the accuracy report
 * ({@link AccuracyReport}).
 */
class CorpusComparisonTest {

    /** Listing recall over all eras. */
    static final double MIN_RECALL = 99.5;
    /** Each field in each era but {@link #STRICT_ERA} (compared where the truth is non-null, explained differences count). */
    static final double MIN_FIELD = 98.0;
    /** Each field in {@link #STRICT_ERA}. */
    static final double MIN_FIELD_E9 = 99.8;
    /** The era held to {@link #MIN_FIELD_E9}, no unexplained difference and no problem: its lines say every field. */
    static final String STRICT_ERA = "E9";

    @Test
    void everyIssueMatchesItsTruthEraByEra() throws Exception {
        String dir = System.getProperty("rusty.corpus");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir, "truth")) && Files.isDirectory(Path.of(dir, "pages")),
                "no TWiR corpus at rusty.corpus=" + dir);
        Path corpus = Path.of(dir);
        Map<Era, TruthComparator> byEra = new TreeMap<>(BY_TABLE_ORDER);
        Map<Era, Integer> issuesByEra = new TreeMap<>(BY_TABLE_ORDER);
        List<Path> truthFiles;
        try (Stream<Path> files = Files.list(corpus.resolve("truth"))) {
            truthFiles = files.filter(p -> p.getFileName().toString().startsWith("twir-")).sorted().toList();
        }
        for (Path truthFile : truthFiles) {
            JsonNode truth = TruthComparator.readTruth(truthFile);
            JsonNode issue = truth.get("issue");
            String key = TruthComparator.text(issue, "issue_key");
            LocalDate date = LocalDate.parse(TruthComparator.text(issue, "issue_date"));
            Era era = Era.of(date).orElseThrow(() -> new AssertionError(key + " of " + date + " is dated before the first era"));
            assertEquals(TruthComparator.text(issue, "era"), era.id(), key + " of " + date + ": the truth's era and Era.TABLE's");
            if (!issue.get("has_events_section").asBoolean()) {
                continue;
            }
            issuesByEra.merge(era, 1, Integer::sum);
            ParseResult result = byEra.computeIfAbsent(era, e -> new TruthComparator())
                    .compare(corpus.resolve("pages").resolve(key + ".html"), truth);
            if (truth.get("events").size() > 0) {
                assertTrue(result.sectionFound(), key + ": section not found");
            }
        }
        byEra.forEach((era, c) -> System.out.println(c.report(era + " corpus, " + issuesByEra.get(era) + " issues")));
        String reportFile = System.getProperty("rusty.accuracy-report");
        if (reportFile != null && !reportFile.isBlank()) {
            AccuracyReport.write(Path.of(reportFile), byEra, issuesByEra);
        }

        assertEquals(Era.TABLE, List.copyOf(byEra.keySet()), "every era has issues with events in the corpus");
        int truthListings = byEra.values().stream().mapToInt(c -> c.truthListings).sum();
        int aligned = byEra.values().stream().mapToInt(c -> c.alignedListings).sum();
        double recall = TruthComparator.percent(aligned, truthListings);
        assertTrue(recall >= MIN_RECALL, "listing recall " + recall);
        byEra.forEach((era, c) -> c.perField.forEach((field, t) -> {
            double explained = TruthComparator.percent(t[1] + t[2] + t[3], t[0]);
            assertTrue(explained >= (era.id().equals(STRICT_ERA) ? MIN_FIELD_E9 : MIN_FIELD),
                    era + " " + field + " accuracy " + explained + " %\n" + c.report(era.id()));
        }));
        TruthComparator strict = byEra.get(Era.byId(STRICT_ERA).orElseThrow());
        assertEquals(List.of(), strict.unexplained, STRICT_ERA + " unexplained differences");
        assertEquals(List.of(), strict.problems, STRICT_ERA + " parse problems");
    }

    /** Eras in the order of {@link Era#TABLE}. */
    static final Comparator<Era> BY_TABLE_ORDER = Comparator.comparingInt(Era.TABLE::indexOf);

    /**
     * Every page of the corpus, all eras: pages without an events section report none, and the
     * parser never throws, also when forced to read an older page with the E9 format.
     */
    @Test
    void everyPageParsesWithoutThrowing() throws Exception {
        String dir = System.getProperty("rusty.corpus");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir, "truth")), "no TWiR corpus at rusty.corpus=" + dir);
        Path corpus = Path.of(dir);
        UpcomingEventsParser parser = new UpcomingEventsParser();
        List<Path> truthFiles;
        try (Stream<Path> files = Files.list(corpus.resolve("truth"))) {
            truthFiles = files.filter(p -> p.getFileName().toString().matches("(twir|article)-.*\\.json")).sorted().toList();
        }
        int pages = 0;
        for (Path truthFile : truthFiles) {
            JsonNode issue = TruthComparator.readTruth(truthFile).get("issue");
            Path page = corpus.resolve(issue.get("page").asText());
            Document doc = Jsoup.parse(page.toFile(), "UTF-8", issue.get("url").asText());
            ParseResult own = parser.parse(doc, LocalDate.parse(issue.get("issue_date").asText()));
            if (!issue.get("has_events_section").asBoolean()) {
                assertTrue(!own.sectionFound() || own.listings().isEmpty(), issue.get("issue_key") + ": listings without a section");
            }
            parser.parse(doc, LocalDate.of(2030, 1, 1));
            pages++;
        }
        assertTrue(pages > 300, "pages parsed: " + pages);
    }
}
