package dev.rustyevents.scrape;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every E9 issue of the corpus (system property {@code rusty.corpus}, the directory holding
 * {@code pages/} and {@code truth/}; the pom passes {@code ${project.basedir}/../shared/twir})
 * parsed and compared with its ground truth. Skipped when the corpus is absent (a fresh clone).
 */
class CorpusComparisonTest {

    @Test
    void everyE9IssueMatchesItsTruth() throws Exception {
        String dir = System.getProperty("rusty.corpus");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir, "truth")) && Files.isDirectory(Path.of(dir, "pages")),
                "no TWiR corpus at rusty.corpus=" + dir);
        Path corpus = Path.of(dir);
        TruthComparator comparator = new TruthComparator();
        int issues = 0;
        List<Path> truthFiles;
        try (Stream<Path> files = Files.list(corpus.resolve("truth"))) {
            truthFiles = files.filter(p -> p.getFileName().toString().startsWith("twir-")).sorted().toList();
        }
        for (Path truthFile : truthFiles) {
            JsonNode truth = TruthComparator.readTruth(truthFile);
            if (!"E9".equals(TruthComparator.text(truth.get("issue"), "era"))) {
                continue;
            }
            issues++;
            String key = TruthComparator.text(truth.get("issue"), "issue_key");
            ParseResult result = comparator.compare(corpus.resolve("pages").resolve(key + ".html"), truth);
            assertTrue(result.sectionFound(), key + ": section not found");
        }
        System.out.println(comparator.report("E9 corpus, " + issues + " issues"));

        assertTrue(issues > 0, "no E9 truth files in " + corpus);
        assertTrue(comparator.recallPercent() >= 99.5, "listing recall " + comparator.recallPercent());
        comparator.perField.forEach((field, t) -> assertTrue(
                TruthComparator.percent(t[1] + t[2] + t[3], t[0]) >= 99.8, field + " accuracy too low"));
        assertEquals(List.of(), comparator.unexplained, "unexplained differences");
        assertEquals(List.of(), comparator.problems, "parse problems");
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
