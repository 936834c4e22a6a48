package dev.rustyevents.scrape;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every issue of the corpus (system property {@code rusty.corpus}, the directory holding
 * {@code pages/} and {@code truth/}; the pom passes {@code ${project.basedir}/../shared/twir})
 * parsed and compared with its ground truth, era by era (TRUTH-FORMAT.md, E0 .. E9). Skipped when
 * the corpus is absent (a fresh clone). With {@code -Drusty.accuracy-report=docs/accuracy.md} the
 * test also writes the accuracy report ({@link AccuracyReport}).
 */
class CorpusComparisonTest {

    /** Listing recall over all eras. */
    static final double MIN_RECALL = 99.5;
    /** Each field in each era before 2022 (compared where the truth is non-null, explained differences count). */
    static final double MIN_FIELD = 98.0;
    /** Each field in E9. */
    static final double MIN_FIELD_E9 = 99.8;

    @Test
    void everyIssueMatchesItsTruthEraByEra() throws Exception {
        String dir = System.getProperty("rusty.corpus");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir, "truth")) && Files.isDirectory(Path.of(dir, "pages")),
                "no TWiR corpus at rusty.corpus=" + dir);
        Path corpus = Path.of(dir);
        Map<String, TruthComparator> byEra = new TreeMap<>();
        Map<String, Integer> issuesByEra = new TreeMap<>();
        List<Path> truthFiles;
        try (Stream<Path> files = Files.list(corpus.resolve("truth"))) {
            truthFiles = files.filter(p -> p.getFileName().toString().startsWith("twir-")).sorted().toList();
        }
        for (Path truthFile : truthFiles) {
            JsonNode truth = TruthComparator.readTruth(truthFile);
            JsonNode issue = truth.get("issue");
            String era = TruthComparator.text(issue, "era");
            if (era == null || !issue.get("has_events_section").asBoolean()) {
                continue;
            }
            issuesByEra.merge(era, 1, Integer::sum);
            String key = TruthComparator.text(issue, "issue_key");
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

        assertTrue(byEra.containsKey("E9") && byEra.size() == 10, "eras found: " + byEra.keySet());
        int truthListings = byEra.values().stream().mapToInt(c -> c.truthListings).sum();
        int aligned = byEra.values().stream().mapToInt(c -> c.alignedListings).sum();
        double recall = TruthComparator.percent(aligned, truthListings);
        assertTrue(recall >= MIN_RECALL, "listing recall " + recall);
        byEra.forEach((era, c) -> c.perField.forEach((field, t) -> {
            double explained = TruthComparator.percent(t[1] + t[2] + t[3], t[0]);
            assertTrue(explained >= (era.equals("E9") ? MIN_FIELD_E9 : MIN_FIELD),
                    era + " " + field + " accuracy " + explained + " %\n" + c.report(era));
        }));
        TruthComparator e9 = byEra.get("E9");
        assertEquals(List.of(), e9.unexplained, "E9 unexplained differences");
        assertEquals(List.of(), e9.problems, "E9 parse problems");
    }

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
