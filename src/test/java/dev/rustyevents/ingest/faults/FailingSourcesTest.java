package dev.rustyevents.ingest.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.rustyevents.ingest.faults.FaultsProfile.ATTEMPTS;
import static dev.rustyevents.ingest.faults.FaultsProfile.READ_TIMEOUT_MS;
import static dev.rustyevents.ingest.faults.StandInSite.ISSUE;
import static dev.rustyevents.ingest.faults.StandInSite.ISSUE_PATH;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.rustyevents.event.IssueStatus;
import dev.rustyevents.ingest.IngestReport;
import dev.rustyevents.ingest.ScrapeJob;
import dev.rustyevents.support.EmptyDatabase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failing sources (issue 7): TWiR is a scripted stand-in ({@link TwirStandIn}) serving the real
 * fixture feed and pages. Each test starts from issues 662–664 read in full; then the feed
 * announces issue 665 as a link, and the stand-in answers for it (or for the feed) with a fault.
 * After each fault: every stored event, listing and call for proposals is unchanged; the issue is
 * recorded with a status and a reason ({@code /api/issues}); readiness' {@code scrape} check
 * reports the failure and {@code /q/metrics} counts it; the API and the feeds serve the same bytes
 * and ETags as before. Then the stand-in heals and the next scrape reads issue 665.
 */
@QuarkusTest
@TestProfile(FaultsProfile.class)
class FailingSourcesTest {

    private static final Set<Integer> READ_BEFORE = Set.of(662, 663, 664);
    private static final Set<Integer> ALL = Set.of(662, 663, 664, 665);

    /**
     * What subscribers and clients get: every event, in JSON and in iCalendar, and the default
     * feed.
     */
    private static final List<String> SERVED =
            List.of(
                    "/api/events?from=2000-01-01&size=200",
                    "/calendar.ics?from=2000-01-01",
                    "/calendar.ics");

    private static final String FAILURES = "rusty_events_scrape_failures_total";

    @TwirStandIn.Server WireMockServer site;

    @Inject ScrapeJob job;

    @Inject EmptyDatabase database;

    @Inject EntityManager em;

    @Inject ManagedExecutor executor;

    private Snapshot before;

    /** What a fault must not change, and the failure count to compare with. */
    private record Snapshot(List<String> rows, Map<String, Served> served, double failures) {}

    private record Served(String etag, String body) {}

    @BeforeEach
    void readThreeIssues() {
        site.resetAll();
        database.empty();
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            em.createNativeQuery("DELETE FROM fetch_state").executeUpdate();
                            em.createNativeQuery(
                                            "UPDATE scrape_state SET last_started_at = NULL, last_success_at = NULL, "
                                                    + "last_failure_at = NULL, last_failure = NULL")
                                    .executeUpdate();
                        });
        serveFeed(StandInSite.rss(READ_BEFORE, Set.of()));
        List<IngestReport> reports = job.scrape();
        assertEquals(List.of(662, 663, 664), reports.stream().map(IngestReport::issue).toList());
        reports.forEach(r -> assertEquals(IssueStatus.INGESTED, r.status(), r.toString()));
        assertEquals(Boolean.FALSE, scrapeCheck().get("failing"));
        issues(); // rendered and cached before the fault: the fault's record must still show
        before = snapshot();
        assertTrue(before.rows().size() > 100, "events and listings of three issues");
        site.resetRequests();
    }

    @Test
    void shouldRetryAServerErrorThenRecordTheIssueFailed() {
        announceIssue();
        site.stubFor(get(ISSUE_PATH).willReturn(serverError()));

        assertEquals(List.of(662, 663, 664), numbers(job.scrape()));

        site.verify(ATTEMPTS, getRequestedFor(urlEqualTo(ISSUE_PATH)));
        assertUnharmed(IssueStatus.FAILED, "HTTP 500");
        assertRecovers();
    }

    @Test
    void shouldRecordAMissingPageWithoutRetrying() {
        announceIssue();
        site.stubFor(get(ISSUE_PATH).willReturn(notFound()));

        job.scrape();

        site.verify(1, getRequestedFor(urlEqualTo(ISSUE_PATH)));
        assertUnharmed(IssueStatus.FAILED, "HTTP 404");
        assertRecovers();
    }

    @Test
    void shouldGiveUpOnAPageSlowerThanTheReadTimeoutWhileTheFeedsServeTheLastGoodData()
            throws Exception {
        announceIssue();
        site.stubFor(
                get(ISSUE_PATH)
                        .willReturn(
                                ok(StandInSite.page(ISSUE)).withFixedDelay(READ_TIMEOUT_MS * 3)));

        CompletableFuture<List<IngestReport>> scrape = executor.supplyAsync(job::scrape);
        awaitRequest(ISSUE_PATH);
        // The scrape is waiting on the page: clients get the last good data meanwhile.
        assertFalse(scrape.isDone());
        SERVED.forEach(
                path ->
                        assertEquals(
                                before.served().get(path),
                                served(path),
                                path + " during the scrape"));
        assertEquals(List.of(662, 663, 664), numbers(scrape.get(60, TimeUnit.SECONDS)));

        site.verify(ATTEMPTS, getRequestedFor(urlEqualTo(ISSUE_PATH)));
        assertUnharmed(IssueStatus.FAILED, "failed after " + ATTEMPTS + " attempts");
        assertRecovers();
    }

    @Test
    void shouldRecordAConnectionResetByThePeer() {
        announceIssue();
        site.stubFor(
                get(ISSUE_PATH).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        job.scrape();

        assertUnharmed(IssueStatus.FAILED, "failed after " + ATTEMPTS + " attempts");
        assertRecovers();
    }

    @Test
    void shouldNotReadATruncatedPage() {
        announceIssue();
        // The first 40% of the real page (its events section starts later), then the connection
        // closes: Content-Length promised the whole page.
        byte[] page = StandInSite.page(ISSUE).getBytes(StandardCharsets.UTF_8);
        site.stubFor(
                get(ISSUE_PATH)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "text/html; charset=utf-8")
                                        .withHeader("Content-Length", String.valueOf(page.length))
                                        .withBody(Arrays.copyOf(page, page.length * 2 / 5))));

        job.scrape();

        // a body cut short is retried like a failure before the headers
        site.verify(ATTEMPTS, getRequestedFor(urlEqualTo(ISSUE_PATH)));
        assertUnharmed(IssueStatus.FAILED, "cannot read body");
        assertRecovers();
    }

    @Test
    void shouldNotReadGarbageFollowedByAClosedConnection() {
        announceIssue();
        site.stubFor(
                get(ISSUE_PATH).willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));

        job.scrape();

        assertUnharmed(IssueStatus.FAILED, "failed after " + ATTEMPTS + " attempts");
        assertRecovers();
    }

    @Test
    void shouldNotBelieveACdnErrorPageServedWith200() {
        announceIssue();
        site.stubFor(
                get(ISSUE_PATH)
                        .willReturn(
                                ok(StandInSite.cdnErrorPage())
                                        .withHeader("Content-Type", "text/html")));

        job.scrape();

        assertUnharmed(IssueStatus.ANOMALOUS, "no Upcoming Events section, while issue 664 listed");
        assertRecovers();
    }

    @Test
    void shouldNotBelieveAnIssueWhoseEventsSectionIsEmpty() {
        announceIssue();
        site.stubFor(
                get(ISSUE_PATH)
                        .willReturn(
                                ok(StandInSite.pageWithEmptyEventsSection())
                                        .withHeader("Content-Type", "text/html")));

        job.scrape();

        assertUnharmed(IssueStatus.ANOMALOUS, "0 listings against");
        assertRecovers();
    }

    @Test
    void shouldIgnoreAFeedThatWentBackToOldIssues() {
        serveFeed(StandInSite.rssOfOldIssues());
        List<String> old = StandInSite.oldIssuePaths();
        site.stubFor(get(old.get(0)).willReturn(ok(StandInSite.page(645))));
        site.stubFor(get(old.get(1)).willReturn(ok(StandInSite.page(649))));

        assertEquals(List.of(), job.scrape());

        old.forEach(path -> site.verify(0, getRequestedFor(urlEqualTo(path))));
        assertUnharmed(null, "newest issue 649 is older than issue 664");
        assertRecovers();
    }

    @Test
    void shouldRecordAFeedThatAnswersWithServerErrors() {
        site.stubFor(get("/rss.xml").willReturn(serverError()));
        site.stubFor(get("/atom.xml").willReturn(serverError()));

        assertEquals(List.of(), job.scrape());

        site.verify(ATTEMPTS, getRequestedFor(urlEqualTo("/rss.xml")));
        site.verify(ATTEMPTS, getRequestedFor(urlEqualTo("/atom.xml")));
        assertUnharmed(null, "atom.xml: failed after " + ATTEMPTS + " attempts: HTTP 500");
        assertRecovers();
    }

    /** The feed now carries issue 665 as a link only, so its page is fetched. */
    private void announceIssue() {
        serveFeed(StandInSite.rss(ALL, Set.of(ISSUE)));
    }

    private void serveFeed(String rss) {
        site.stubFor(
                get("/rss.xml")
                        .willReturn(
                                ok(rss).withHeader(
                                                "Content-Type",
                                                "application/rss+xml; charset=utf-8")));
    }

    /**
     * @param status the status issue 665 is recorded with, or null when the fault is the feed's and
     *     issue 665 is not to be recorded at all
     * @param reason what the issue's status detail (when status is given) and readiness' last
     *     failure say
     */
    private void assertUnharmed(IssueStatus status, String reason) {
        Snapshot after = snapshot();
        assertEquals(
                before.rows(), after.rows(), "stored events, listings and calls for proposals");
        SERVED.forEach(
                path -> assertEquals(before.served().get(path), after.served().get(path), path));
        assertEquals(before.failures() + 1, after.failures(), FAILURES);
        Map<String, Object> check = scrapeCheck();
        assertAll(
                () -> assertEquals(Boolean.TRUE, check.get("failing"), check.toString()),
                () ->
                        assertTrue(
                                String.valueOf(check.get("lastFailureReason")).contains(reason),
                                check.toString()),
                () -> assertTrue(check.containsKey("lastFailure"), check.toString()));
        Map<String, Object> issue = issues().get(ISSUE);
        if (status == null) {
            assertNull(issue, "issue 665 is not recorded when the feed did not name it");
        } else {
            assertEquals(status.code(), issue.get("status"), issue.toString());
            assertTrue(
                    String.valueOf(issue.get("statusDetail")).contains(reason), issue.toString());
        }
    }

    /**
     * Heals the stand-in: the next scrape reads issue 665 from its page, and readiness is clean.
     */
    private void assertRecovers() {
        site.resetAll();
        announceIssue();
        site.stubFor(
                get(ISSUE_PATH)
                        .willReturn(
                                ok(StandInSite.page(ISSUE))
                                        .withHeader("Content-Type", "text/html; charset=utf-8")));

        List<IngestReport> reports = job.scrape();

        IngestReport read =
                reports.stream()
                        .filter(r -> r.issue() == ISSUE)
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(reports.toString()));
        assertEquals(IssueStatus.INGESTED, read.status(), read.toString());
        assertEquals(55, read.listings(), "TWiR 665 lists 55 entries (truth file)");
        assertEquals("ingested", issues().get(ISSUE).get("status"));
        Map<String, Object> check = scrapeCheck();
        assertAll(
                () -> assertEquals(Boolean.FALSE, check.get("failing"), check.toString()),
                () ->
                        assertTrue(
                                Instant.parse((String) check.get("lastSuccess"))
                                                .isAfter(
                                                        Instant.parse(
                                                                (String) check.get("lastFailure")))
                                        || check.get("lastSuccess")
                                                .equals(check.get("lastFailure")),
                                check.toString()));
        assertTrue(
                snapshot().rows().size() > before.rows().size(), "issue 665's listings are stored");
    }

    private Snapshot snapshot() {
        List<String> rows =
                QuarkusTransaction.requiringNew()
                        .call(
                                () -> {
                                    List<String> all = new java.util.ArrayList<>();
                                    for (String table :
                                            List.of("event", "listing", "call_for_proposals")) {
                                        for (Object row :
                                                em.createNativeQuery(
                                                                "SELECT * FROM "
                                                                        + table
                                                                        + " ORDER BY id")
                                                        .getResultList()) {
                                            all.add(
                                                    table
                                                            + ": "
                                                            + (row instanceof Object[] columns
                                                                    ? Arrays.deepToString(columns)
                                                                    : String.valueOf(row)));
                                        }
                                    }
                                    return all;
                                });
        Map<String, Served> served = new java.util.LinkedHashMap<>();
        SERVED.forEach(path -> served.put(path, served(path)));
        return new Snapshot(rows, served, failures());
    }

    private static Served served(String path) {
        Response response = given().get(path).then().statusCode(200).extract().response();
        return new Served(response.header("ETag"), response.asString());
    }

    private static double failures() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(l -> l.startsWith(FAILURES + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(FAILURES.length() + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(FAILURES + " is not in /q/metrics"));
    }

    private static Map<String, Object> scrapeCheck() {
        // Readiness stays UP on a failed scrape (last week's events beat none): 200 either way.
        JsonPath health =
                given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        return health.getMap("checks.find { it.name == 'scrape' }.data");
    }

    private static Map<Integer, Map<String, Object>> issues() {
        List<Map<String, Object>> list =
                given().get("/api/issues").then().statusCode(200).extract().jsonPath().getList("$");
        Map<Integer, Map<String, Object>> byNumber = new java.util.HashMap<>();
        list.forEach(i -> byNumber.put((Integer) i.get("number"), i));
        return byNumber;
    }

    private static List<Integer> numbers(List<IngestReport> reports) {
        return reports.stream().map(IngestReport::issue).toList();
    }

    /**
     * Waits (a hang guard, not a timing assertion) until the stand-in received a request for the
     * path.
     */
    private void awaitRequest(String path) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (site.findAll(getRequestedFor(urlEqualTo(path))).isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the scrape never requested " + path);
            }
            Thread.sleep(20);
        }
    }
}
