package dev.rustyevents;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rustyevents.event.EventCorrection;
import dev.rustyevents.ingest.CorrectionService;
import dev.rustyevents.ingest.IngestService;
import dev.rustyevents.support.CorpusPages;
import dev.rustyevents.support.EmptyDatabase;
import dev.rustyevents.support.FixtureSite;
import dev.rustyevents.support.TestDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The behaviour-unchanged gate of a refactoring: the same input gives the same UIDs and the same
 * JSON, iCalendar and HTML bytes. It reads every committed TWiR page of every era (2015 to 2026),
 * the fixture site's feed (662–665), a Planet Mozilla text copy (634), and applies an operator's
 * correction and a hiding, all through the real ingest; then it fetches every API answer, feed and
 * page a subscriber or a community site would, and compares each body's SHA-256 (and the sorted
 * UIDs of every event and call) with {@code src/test/resources/golden/outputs.txt}.
 *
 * <p>The bodies are written to {@code target/golden/} on every run, so a change that moves the
 * golden is reviewed by diffing that folder between two commits. Only the wall-clock instants of
 * this run (ingest times: {@code updatedAt}, LAST-MODIFIED, DTSTAMP) are replaced by {@code <now>}
 * before hashing: they are the one thing that differs between two runs of the same commit (so
 * nothing here sorts by them). A change that is meant to move the golden regenerates it with {@code
 * ./mvnw verify -Dtest=GoldenOutputTest -Drusty.golden.update=true} and names the fix in its commit
 * message.
 */
@QuarkusTest
@TestProfile(GoldenOutputTest.Profile.class)
class GoldenOutputTest {

    /** A database of its own: nothing but this test writes to it. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url",
                    TestDatabase.url("rusty_golden"),
                    "rusty-events.feeds.public-url",
                    "https://rusty-events.example");
        }
    }

    private static final Path GOLDEN = Path.of("src/test/resources/golden/outputs.txt");
    private static final Path ACTUAL = Path.of("target/golden");

    /** Committed pages older than the fixture feed, issue → publication date, read oldest first. */
    private static final Map<Integer, String> PAGES = new LinkedHashMap<>();

    static {
        String[] pairs = {
            "111",
            "2015-12-28",
            "205",
            "2017-10-24",
            "235",
            "2018-05-22",
            "253",
            "2018-09-25",
            "319",
            "2019-12-31",
            "375",
            "2021-01-27",
            "395",
            "2021-06-16",
            "431",
            "2022-02-23",
            "433",
            "2022-03-09",
            "441",
            "2022-05-04",
            "543",
            "2024-04-17",
            "557",
            "2024-07-24",
            "567",
            "2024-10-02",
            "581",
            "2025-01-08",
            "587",
            "2025-02-19",
            "611",
            "2025-08-06",
            "623",
            "2025-10-29",
            "627",
            "2025-11-26",
            "629",
            "2025-12-10",
            "631",
            "2025-12-24",
            "633",
            "2026-01-07",
            "635",
            "2026-01-21",
            "645",
            "2026-04-01",
            "649",
            "2026-04-29"
        };
        for (int i = 0; i < pairs.length; i += 2) {
            PAGES.put(Integer.parseInt(pairs[i]), pairs[i + 1]);
        }
    }

    private static final Pattern ICAL_INSTANT = Pattern.compile("\\d{8}T\\d{6}Z");
    private static final Pattern ISO_INSTANT =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    private static final Pattern UID = Pattern.compile("(?m)^UID:(.+?)\\r?$");
    private static final DateTimeFormatter ICAL =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    @Inject IngestService ingest;

    @Inject CorrectionService corrections;

    @Inject EmptyDatabase database;

    @Inject EntityManager em;

    @Test
    void shouldServeTheSameBytesForTheSameInput() throws IOException {
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);
        load();
        Instant ended = Instant.now().plusSeconds(2);

        Map<String, String> bodies = new LinkedHashMap<>();
        for (String path : paths()) {
            boolean ld = path.startsWith("ld:");
            Response r =
                    ld
                            ? given().accept("application/ld+json").get(path.substring(3))
                            : given().get(path);
            bodies.put(r.statusCode() + " " + path, normalise(r.asString(), started, ended));
        }
        Files.createDirectories(ACTUAL);
        List<String> lines = new ArrayList<>();
        TreeSet<String> uids = new TreeSet<>();
        int n = 0;
        for (Map.Entry<String, String> e : bodies.entrySet()) {
            Files.writeString(
                    ACTUAL.resolve(String.format("%03d.txt", n++)),
                    e.getKey() + "\n" + e.getValue(),
                    StandardCharsets.UTF_8);
            lines.add(sha256(e.getValue()) + " " + e.getKey());
            if (e.getKey().contains(".ics")) {
                Matcher m = UID.matcher(e.getValue());
                while (m.find()) {
                    uids.add(m.group(1));
                }
            }
        }
        uids.forEach(uid -> lines.add("uid " + uid));
        String actual = String.join("\n", lines) + "\n";
        Files.writeString(ACTUAL.resolve("outputs.txt"), actual, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("rusty.golden.update")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertEquals(
                Files.readString(GOLDEN, StandardCharsets.UTF_8),
                actual,
                "outputs differ from "
                        + GOLDEN
                        + "; the bodies are in "
                        + ACTUAL
                        + " (diff them against a run of the previous commit)");
    }

    /**
     * Every era's pages, the fixture feed, a text copy, a correction and a hidden event, into an
     * empty store (a PostgreSQL database outlives the test run; H2's in-memory one does not).
     */
    private void load() {
        database.empty();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createQuery("delete from FetchState").executeUpdate());
        PAGES.forEach(
                (number, date) ->
                        ingest.ingest(CorpusPages.ref(number, date), CorpusPages.page(number)));
        ingest.ingestText(
                CorpusPages.ref(634, "2026-01-14"), CorpusPages.seed("000_c17b38fcf9ee39ba.txt"));
        FixtureSite.load();
        List<String> german =
                given().get("/api/events?country=DE&from=2026-08-01&size=5")
                        .jsonPath()
                        .getList("items.id");
        EventCorrection retitled = new EventCorrection();
        retitled.title = "Golden correction: retitled";
        retitled.startDate = java.time.LocalDate.parse("2026-09-30");
        retitled.note = "golden test";
        corrections.correct(german.get(0), retitled);
        EventCorrection hidden = new EventCorrection();
        hidden.hidden = true;
        hidden.note = "golden test";
        corrections.correct(german.get(1), hidden);
    }

    /** What clients fetch: API answers, JSON-LD, every named feed, group feeds, the pages. */
    private static List<String> paths() {
        List<String> paths = new ArrayList<>();
        int pages =
                given().get("/api/events?from=2000-01-01&size=200").jsonPath().getInt("totalPages");
        for (int p = 1; p <= pages; p++) {
            paths.add("/api/events?from=2000-01-01&size=200&page=" + p);
        }
        paths.addAll(
                List.of(
                        "/api/events",
                        "/api/events?status=delisted&from=2000-01-01&size=200",
                        "/api/events?country=DE&mode=in-person&mode=hybrid&from=2024-01-01",
                        "/api/events?region=europe&q=hack%20learn&from=2000-01-01&sort=-date",
                        "/api/events?subdivision=US-WA&from=2000-01-01",
                        "/api/groups",
                        "/api/groups?country=DE",
                        "/api/regions",
                        "/api/countries",
                        "/api/countries?region=europe",
                        "/api/stats",
                        "/api/stats?by=year&region=europe",
                        "/api/stats?by=year&mode=virtual",
                        "/api/issues",
                        "/api/feeds",
                        "/calendar.ics?from=2000-01-01",
                        "/calendar.ics",
                        "/calendar.ics?country=DE&from=2024-01-01",
                        "/calendar.ics?subdivision=US-WA&from=2000-01-01",
                        "/",
                        "/?region=europe&mode=in-person",
                        "/stats",
                        "/embed?country=DE&limit=20",
                        "/api/events?region=atlantis",
                        "/calendar.ics?country=UK"));
        for (String issue : given().get("/api/issues").jsonPath().getList("number", String.class)) {
            paths.add("/api/issues/" + issue);
        }
        paths.add("ld:/api/events?country=DE&from=2024-01-01");
        for (String url : given().get("/api/feeds").jsonPath().getList("url", String.class)) {
            paths.add(URI.create(url).getRawPath() + "?from=2000-01-01");
        }
        List<String> groups =
                given().get("/api/groups?size=200").jsonPath().getList("items.slug", String.class);
        for (String slug : groups.subList(0, Math.min(15, groups.size()))) {
            paths.addAll(
                    List.of(
                            "/api/groups/" + slug,
                            "/api/groups/" + slug + "/events?from=2000-01-01",
                            "/groups/" + slug + "/calendar.ics?from=2000-01-01",
                            "/groups/" + slug));
        }
        List<String> events =
                given().get("/api/events?from=2026-07-01&size=200")
                        .jsonPath()
                        .getList("items.id", String.class);
        for (String id : events.subList(0, Math.min(40, events.size()))) {
            paths.addAll(List.of("/api/events/" + id, "ld:/api/events/" + id, "/events/" + id));
        }
        return paths;
    }

    /** Replaces this run's wall-clock instants (ingest times) by {@code <now>}. */
    private static String normalise(String body, Instant from, Instant to) {
        String out = replaceWithin(body, ISO_INSTANT, from, to, Instant::parse);
        return replaceWithin(
                out,
                ICAL_INSTANT,
                from,
                to,
                s -> LocalDateTime.parse(s, ICAL).toInstant(ZoneOffset.UTC));
    }

    private static String replaceWithin(
            String body,
            Pattern p,
            Instant from,
            Instant to,
            java.util.function.Function<String, Instant> parse) {
        Matcher m = p.matcher(body);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Instant t = parse.apply(m.group());
            m.appendReplacement(
                    sb,
                    !t.isBefore(from) && !t.isAfter(to)
                            ? "<now>"
                            : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
