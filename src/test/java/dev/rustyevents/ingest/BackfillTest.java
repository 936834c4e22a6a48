package dev.rustyevents.ingest;

import static dev.rustyevents.support.CorpusPages.page;
import static dev.rustyevents.support.CorpusPages.seed;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.event.EventRepository;
import dev.rustyevents.event.IssueRepository;
import dev.rustyevents.event.IssueStatus;
import dev.rustyevents.event.TwirIssue;
import dev.rustyevents.support.BackfillSiteProfile;
import dev.rustyevents.support.EmptyDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The archive backfill and the offline import, on a mirror laid out from real pages: an archive
 * page linking issues 629, 631, 633, 635 and 637 (whose page is missing from the mirror).
 */
@QuarkusTest
@TestProfile(BackfillSiteProfile.class)
class BackfillTest {

    private static final Map<Integer, String> DATES =
            Map.of(
                    629,
                    "2025/12/10",
                    631,
                    "2025/12/24",
                    633,
                    "2026/01/07",
                    635,
                    "2026/01/21",
                    637,
                    "2026/02/04");

    @Inject EmptyDatabase database;

    @Inject Backfill backfill;

    @Inject IssueRepository issues;

    @Inject EventRepository events;

    @Inject IngestLock lock;

    @Inject PlaceRefresh placeRefresh;

    @Inject jakarta.persistence.EntityManager em;

    @BeforeEach
    void layOutSiteAndEmptyDatabase() throws IOException {
        Path site = Path.of(BackfillSiteProfile.SITE);
        StringBuilder archive = new StringBuilder("<html><body><ul>");
        for (var issue : DATES.entrySet()) {
            String path = "blog/" + issue.getValue() + "/this-week-in-rust-" + issue.getKey() + "/";
            archive.append("<li><a href=\"https://this-week-in-rust.org/")
                    .append(path)
                    .append("\">This Week in Rust ")
                    .append(issue.getKey())
                    .append("</a></li>");
            if (issue.getKey() != 637) {
                Files.createDirectories(site.resolve(path));
                Files.writeString(site.resolve(path + "index.html"), page(issue.getKey()));
            }
        }
        Files.createDirectories(site.resolve("blog/archives"));
        Files.writeString(
                site.resolve("blog/archives/index.html"), archive.append("</ul></body></html>"));
        database.empty();
    }

    private Map<String, String> snapshot() {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                events.listAll().stream()
                                        .collect(
                                                Collectors.toMap(
                                                        e -> e.uid,
                                                        e ->
                                                                e.status
                                                                        + "|"
                                                                        + e.sequence
                                                                        + "|"
                                                                        + e.updatedAt)));
    }

    private List<Integer> ingested() {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                issues.newestFirst().stream()
                                        .filter(i -> i.status == IssueStatus.INGESTED)
                                        .map(i -> i.number)
                                        .sorted()
                                        .toList());
    }

    @Test
    void shouldBackfillTheArchiveOldestFirstAndChangeNothingTheSecondTime() {
        Backfill.Progress first = backfill.run();
        assertEquals(5, first.total());
        assertEquals(4, first.done());
        assertEquals(1, first.failed(), "issue 637 has no page in the mirror");
        assertEquals(List.of(629, 631, 633, 635), ingested());
        TwirIssue missing =
                QuarkusTransaction.requiringNew()
                        .call(() -> issues.findByNumber(637).orElseThrow());
        assertEquals(IssueStatus.FAILED, missing.status);
        assertTrue(missing.statusDetail.contains("no such file"), missing.statusDetail);
        // Read oldest first: 631 delisted what 629 listed and 631 dropped.
        assertFalse(
                QuarkusTransaction.requiringNew()
                                .call(
                                        () ->
                                                events.count(
                                                        "status",
                                                        dev.rustyevents.event.EventStatus.DELISTED))
                        == 0);

        Map<String, String> before = snapshot();
        Backfill.Progress second = backfill.run();
        assertEquals(4, second.done());
        assertEquals(before, snapshot(), "a second backfill changes nothing");
    }

    @Test
    void shouldResolveStoredPlacesAgainAtStartOnlyWhenTheStoreHoldsEvents() {
        String current = dev.rustyevents.place.Gazetteer.standardVersion();
        // an empty store with a stale version: the version is stored, no pass runs
        database.empty();
        storeGazetteerVersion("0000000000000000");
        double passes = metric("rusty_events_places_resolve_seconds_count{pass=\"refresh\"}");
        placeRefresh.onStart(null);
        assertEquals(current, storedGazetteerVersion());
        assertEquals(
                passes,
                metric("rusty_events_places_resolve_seconds_count{pass=\"refresh\"}"),
                "no refresh pass over an empty store");
        // stored events with a stale version: one pass, and the version stored
        backfill.run();
        storeGazetteerVersion("0000000000000000");
        passes = metric("rusty_events_places_resolve_seconds_count{pass=\"refresh\"}");
        placeRefresh.onStart(null);
        assertEquals(current, storedGazetteerVersion());
        assertEquals(
                passes + 1,
                metric("rusty_events_places_resolve_seconds_count{pass=\"refresh\"}"),
                "one refresh pass over the stored events");
    }

    private void storeGazetteerVersion(String version) {
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                em.createNativeQuery(
                                                "UPDATE place_state SET gazetteer_version = ?1 WHERE id = 1")
                                        .setParameter(1, version)
                                        .executeUpdate());
    }

    private String storedGazetteerVersion() {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                (String)
                                        em.createNativeQuery(
                                                        "SELECT gazetteer_version FROM place_state WHERE id = 1")
                                                .getSingleResult());
    }

    @Test
    void shouldCountThePlaceWorkOfABackfillInTheMetrics() {
        double listings = metric("rusty_events_places_resolve_seconds_count{pass=\"listing\"}");
        double refreshes = metric("rusty_events_places_resolve_seconds_count{pass=\"refresh\"}");
        double refreshTime = metric("rusty_events_places_resolve_seconds_sum{pass=\"refresh\"}");
        backfill.run();
        long placed =
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        events.count(
                                                "mode <> ?1",
                                                dev.rustyevents.vocabulary.Mode.VIRTUAL));
        assertTrue(placed > 0);
        double resolved =
                metric("rusty_events_places_resolve_seconds_count{pass=\"listing\"}") - listings;
        assertTrue(resolved >= placed, resolved + " listings resolved, " + placed + " placed");
        assertEquals(
                refreshes + 1,
                metric("rusty_events_places_resolve_seconds_count{pass=\"refresh\"}"),
                "one refresh pass per backfill");
        assertTrue(
                metric("rusty_events_places_resolve_seconds_sum{pass=\"refresh\"}") > refreshTime);
        assertTrue(metric("rusty_events_places_gazetteer_load_seconds") > 0);
    }

    /**
     * The value of a series of {@code /q/metrics} (its name and labels as Prometheus writes them).
     */
    private static double metric(String series) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(l -> l.startsWith(series + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(series.length() + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(series + " is not in /q/metrics"));
    }

    @Test
    void shouldResumeAnInterruptedBackfillAfterTheLastIssueItCompleted() {
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            BackfillRun interrupted = new BackfillRun();
                            interrupted.startedAt = Instant.now();
                            interrupted.lastIssue = 631;
                            interrupted.issuesDone = 2;
                            issues.getEntityManager().persist(interrupted);
                        });
        Backfill.Progress resumed = backfill.run();
        assertEquals(631, resumed.resumedAfter());
        assertEquals(
                List.of(633, 635), ingested(), "629 and 631 were done before the interruption");
        assertEquals(4, resumed.done(), "2 before + 2 now");
    }

    @Test
    void shouldImportADirectoryOfSavedPagesAndTextCopies() throws IOException {
        Path dir = Path.of("target/backfill-import");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("twir-633.html"), page(633));
        Files.writeString(
                dir.resolve("planet-mozilla-2026-01-14.txt"), seed("001_0268bcf0f96492dc.txt"));
        Files.writeString(dir.resolve("notes.txt"), "not an issue");
        List<IngestReport> reports = backfill.importDirectory(dir);
        assertEquals(List.of(633, 634), reports.stream().map(IngestReport::issue).toList());
        assertEquals(List.of(633, 634), ingested());
    }

    @Test
    void shouldGuardTheAdminEndpointsWithTheConfiguredToken() {
        given().post("/api/admin/backfill")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer wrong")
                .post("/api/admin/backfill")
                .then()
                .statusCode(401);
        given().header("Authorization", "Bearer " + BackfillSiteProfile.TOKEN)
                .post("/api/admin/backfill")
                .then()
                .statusCode(202)
                .body("started", is("backfill"));
        given().get("/api/issues").then().statusCode(200);
        // The accepted run reads the mirror in the background; wait for it (and so leave no run
        // behind for the next test).
        long deadline = System.nanoTime() + 60_000_000_000L;
        while ((ingested().size() < 4 || lock.isBusy()) && System.nanoTime() < deadline) {
            sleep(100);
        }
        assertEquals(List.of(629, 631, 633, 635), ingested());
        assertFalse(lock.isBusy());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
