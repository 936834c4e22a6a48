package dev.rustyevents.scrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Era#TABLE} is one table without holes: sorted, each era ending the day before the next
 * begins, only the last open-ended, and the lookup the parser uses picks the era whose range holds
 * the date, also for an era appended after the open-ended one. Every era has a fixture page, and
 * {@code docs/formats.md} describes the same eras.
 */
class EraTest {

    private static final List<Era> TABLE = Era.TABLE;
    private static final Era LAST = TABLE.get(TABLE.size() - 1);

    @Test
    void shouldNameTheErasE0ToTheLastInOrder() {
        assertEquals(
                IntStream.range(0, TABLE.size()).mapToObj(i -> "E" + i).toList(),
                TABLE.stream().map(Era::id).toList());
        TABLE.forEach(
                era -> {
                    assertNotNull(era.format(), era.id());
                    assertFalse(era.description().isBlank(), era.id());
                    assertSame(era, Era.byId(era.id()).orElseThrow());
                });
        assertEquals(Optional.empty(), Era.byId("E99"));
    }

    @Test
    void shouldBeSortedByFirstIssue() {
        for (int i = 1; i < TABLE.size(); i++) {
            assertTrue(
                    TABLE.get(i - 1).firstIssue().isBefore(TABLE.get(i).firstIssue()),
                    TABLE.get(i - 1) + " begins before " + TABLE.get(i));
        }
    }

    @Test
    void shouldEndEachEraTheDayBeforeTheNextBeginsAndLeaveOnlyTheLastOpen() {
        for (int i = 0; i + 1 < TABLE.size(); i++) {
            Era era = TABLE.get(i);
            LocalDate last =
                    era.lastIssue()
                            .orElseThrow(
                                    () ->
                                            new AssertionError(
                                                    era + " is open-ended but not the last"));
            assertFalse(last.isBefore(era.firstIssue()), era + " ends before it begins");
            assertEquals(
                    TABLE.get(i + 1).firstIssue(),
                    last.plusDays(1),
                    "no gap and no overlap after " + era);
        }
        assertEquals(Optional.empty(), LAST.lastIssue(), "the last era is open-ended");
        assertEquals(
                1,
                TABLE.stream().filter(e -> e.lastIssue().isEmpty()).count(),
                "exactly one open-ended era");
    }

    /** Day by day: exactly one era's range holds each date, and the lookup returns it. */
    @Test
    void shouldPutEveryDateFromTheFirstEraOnInExactlyOneEra() {
        LocalDate end = LAST.firstIssue().plusYears(10);
        for (LocalDate day = TABLE.get(0).firstIssue(); !day.isAfter(end); day = day.plusDays(1)) {
            LocalDate d = day;
            List<Era> holding =
                    TABLE.stream()
                            .filter(
                                    e ->
                                            !d.isBefore(e.firstIssue())
                                                    && e.lastIssue()
                                                            .map(l -> !d.isAfter(l))
                                                            .orElse(true))
                            .toList();
            assertEquals(1, holding.size(), d + " lies in " + holding);
            assertSame(holding.get(0), Era.of(d).orElseThrow(), d.toString());
        }
        assertEquals(
                Optional.empty(),
                Era.of(TABLE.get(0).firstIssue().minusDays(1)),
                "before the first era");
        assertEquals(Optional.empty(), Era.of(null));
    }

    /** An era appended after the open-ended last one is chosen from its first issue on. */
    @Test
    void shouldChooseAnEraAppendedAfterTheLastFromItsFirstIssueOn() {
        LocalDate start = LAST.firstIssue().plusYears(5);
        Era appended =
                new Era(
                        "E" + TABLE.size(),
                        start,
                        "a shape of the future",
                        new IsoDateListingFormat());
        List<Era> extended = new ArrayList<>(TABLE);
        extended.add(appended);

        assertSame(LAST, Era.of(extended, start.minusDays(1)).orElseThrow());
        assertSame(appended, Era.of(extended, start).orElseThrow());
        assertSame(appended, Era.of(extended, start.plusYears(20)).orElseThrow());
        assertSame(LAST, Era.of(extended, LAST.firstIssue()).orElseThrow());
        assertSame(TABLE.get(0), Era.of(extended, TABLE.get(0).firstIssue()).orElseThrow());
    }

    /**
     * Each era has at least one fixture page with its truth ({@code src/test/resources/twir/}), and
     * each fixture's truth names the era the table gives its date.
     */
    @Test
    void shouldHaveAFixturePageForEveryEra() throws IOException {
        Map<String, List<String>> fixtures = new TreeMap<>();
        for (JsonNode issue : fixtureIssues()) {
            String key = issue.get("issue_key").asText();
            LocalDate date = LocalDate.parse(issue.get("issue_date").asText());
            Era era =
                    Era.of(date)
                            .orElseThrow(
                                    () ->
                                            new AssertionError(
                                                    key + " is dated before the first era"));
            assertEquals(TruthComparator.text(issue, "era"), era.id(), key + " of " + date);
            assertTrue(
                    Files.isRegularFile(Path.of("src/test/resources/twir/pages", key + ".html")),
                    key + ": no page");
            fixtures.computeIfAbsent(era.id(), k -> new ArrayList<>()).add(key);
        }
        assertEquals(
                TABLE.stream().map(Era::id).collect(Collectors.toSet()),
                fixtures.keySet(),
                "eras with a fixture page: " + fixtures);
    }

    /**
     * The era table of {@code docs/formats.md} says what {@link Era#TABLE} says: a row per era, in
     * order, with its first and last issue date and the class that reads it.
     */
    @Test
    void shouldBeDescribedByDocsFormatsMd() throws IOException {
        List<String[]> rows =
                Files.readAllLines(Path.of("docs/formats.md")).stream()
                        .filter(line -> line.matches("\\| E\\d+ \\|.*"))
                        .map(line -> line.split("(?<!\\\\)\\|"))
                        .toList();
        assertEquals(
                TABLE.stream().map(Era::id).toList(),
                rows.stream().map(r -> r[1].strip()).toList(),
                "era rows");
        for (int i = 0; i < TABLE.size(); i++) {
            Era era = TABLE.get(i);
            String[] row = rows.get(i);
            assertEquals(era.firstIssue().toString(), row[2].strip(), era + " first issue");
            assertEquals(
                    era.lastIssue().map(Object::toString).orElse(""),
                    row[3].strip(),
                    era + " last issue");
            assertEquals(
                    "`" + era.format().getClass().getSimpleName() + "`",
                    row[row.length - 1].strip(),
                    era + " reader");
        }
    }

    /**
     * @return the {@code issue} of every truth file under {@code src/test/resources/twir/truth}
     */
    static List<JsonNode> fixtureIssues() throws IOException {
        List<JsonNode> issues = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/twir/truth"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                issues.add(TruthComparator.readTruth(file).get("issue"));
            }
        }
        return issues;
    }
}
