package dev.rustyevents.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.support.CorpusPages;
import dev.rustyevents.support.EmptyDatabase;
import dev.rustyevents.support.EmptyDatabaseProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 665 with its event lines rewritten into a made-up new format ({@code 20.08.2026 · Seattle,
 * WA, US · <a>Group</a> — <a>Title</a>}, the links kept), read after issue 663 through the real
 * ingest: readiness says {@code formatDrift} with the issue and its first unreadable lines, the
 * metrics count them, no stored event changes, and the real page read next clears it.
 */
@QuarkusTest
@TestProfile(EmptyDatabaseProfile.class)
class FormatDriftTest {

    @Inject EmptyDatabase database;

    @Inject IngestService ingest;

    @BeforeEach
    void empty() {
        database.empty();
    }

    /** Each entry's "DATE | PLACE | Group" and nested title become one line of a new form. */
    static String drifted(String html) {
        Document page = Jsoup.parse(html);
        for (Element entry : page.select("h2#upcoming-events ~ ul > li:has(> ul)")) {
            Element nested = entry.selectFirst("> ul");
            Element title = nested.selectFirst("a");
            nested.remove();
            Element group = entry.selectFirst("> a");
            String[] cells = entry.ownText().split("\\|");
            // The date day first, dotted: no era writes it so.
            String[] ymd = cells[0].strip().split("-");
            String date = ymd.length == 3 ? ymd[2] + "." + ymd[1] + "." + ymd[0] : cells[0].strip();
            String place = cells.length > 1 ? cells[1].strip() : "";
            entry.empty();
            entry.appendText(date + " · " + place + " · ");
            if (group != null) {
                entry.appendChild(group);
            }
            entry.appendText(" — ");
            if (title != null) {
                entry.appendChild(title);
            }
        }
        return page.outerHtml();
    }

    private static String events() {
        return given().get("/api/events?from=2000-01-01&size=200&sort=date")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static double metric(String series) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(l -> l.startsWith(series + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(series.length() + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(series + " is not in /q/metrics"));
    }

    @Test
    void shouldReportADriftedIssueChangeNoEventAndClearOnANormalIssue() {
        ingest.ingest(CorpusPages.ref(663, "2026-08-05"), CorpusPages.page(663));
        given().get("/q/health/ready")
                .then()
                .body("checks.find { it.name == 'scrape' }.data.formatDrift", is(false));
        String before = events();
        double unreadableBefore = metric("rusty_events_entries_unreadable_total");

        String page = drifted(CorpusPages.page(665));
        IngestReport report = ingest.ingest(CorpusPages.ref(665, "2026-08-19"), page);

        assertTrue(report.problems() >= FormatDrift.MIN_UNREADABLE, report.toString());
        assertEquals(before, events(), "a drifted page changed stored events");
        JsonPath ready = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        List<String> names = ready.getList("checks.name");
        int scrape = names.indexOf("scrape");
        assertEquals(true, ready.get("checks[" + scrape + "].data.formatDrift"));
        assertEquals(665, (Integer) ready.get("checks[" + scrape + "].data.formatDriftIssue"));
        String lines = ready.getString("checks[" + scrape + "].data.formatDriftLines");
        // The first unreadable line is the page's first entry, as rewritten.
        assertTrue(lines.startsWith("19.08.2026 · Hybrid (Vancouver, CA) · Vancouver Rust"), lines);
        assertEquals(
                ScrapeReadiness.DRIFT_LINES,
                lines.split(" \\| ").length,
                "the first lines, not all: " + lines);
        assertEquals(report.problems(), metric("rusty_events_issue_unreadable_entries"));
        assertEquals(665, metric("rusty_events_issue_latest"));
        assertEquals(
                unreadableBefore + report.problems(),
                metric("rusty_events_entries_unreadable_total"));
        given().get("/api/issues/665")
                .then()
                .body("status", is("anomalous"))
                .body("heldBack", startsWith(FormatDrift.PREFIX));

        // The page as TWiR published it: read, and the drift is over.
        IngestReport normal =
                ingest.ingest(CorpusPages.ref(665, "2026-08-19"), CorpusPages.page(665));
        assertEquals("ingested", normal.status().code(), normal.toString());
        given().get("/q/health/ready")
                .then()
                .body("checks.find { it.name == 'scrape' }.data.formatDrift", is(false));
        assertEquals(0, metric("rusty_events_issue_unreadable_entries"));
    }
}
