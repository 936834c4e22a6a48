package dev.rustyevents.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rustyevents.ingest.IngestService;
import dev.rustyevents.support.CorpusPages;
import dev.rustyevents.support.EmptyDatabase;
import dev.rustyevents.support.EmptyDatabaseProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An issue whose read is held back shows what was read and why; a missing events section is said
 * so, not counted as an unreadable entry.
 */
@QuarkusTest
@TestProfile(EmptyDatabaseProfile.class)
class HeldBackIssueTest {

    @Inject EmptyDatabase database;

    @Inject IngestService ingest;

    @BeforeEach
    void empty() {
        database.empty();
    }

    /** The real archive: issue 609 lists 15 entries after 607's 41, so it is held back. */
    @Test
    void shouldShowTheListingsOfAnAnomalousIssueAndWhyTheyWereHeldBack() throws Exception {
        Path corpus = CorpusPages.corpus().orElse(null);
        assumeTrue(corpus != null, "the TWiR corpus checkout (../shared/twir) is not there");
        ingest.ingest(
                CorpusPages.ref(607, "2025-07-09"),
                Files.readString(corpus.resolve("pages/twir-607.html")));
        ingest.ingest(
                CorpusPages.ref(609, "2025-07-23"),
                Files.readString(corpus.resolve("pages/twir-609.html")));
        given().get("/api/issues/609")
                .then()
                .statusCode(200)
                .body("status", is("anomalous"))
                .body("listingCount", is(15))
                .body("heldBack", startsWith("15 listings against 41 in issue 607"))
                .body("listings", hasSize(15))
                .body("listings.heldBack", everyItem(is(true)))
                .body("listings.eventId", everyItem(nullValue()))
                .body("listings[0].startDate", is("2025-07-24"));
        given().get("/api/issues/607")
                .then()
                .body("heldBack", nullValue())
                .body("listings.heldBack", everyItem(nullValue()));
    }

    /** Issue 665 with its event lists stripped, as an aggregator's copy: no section, no problem. */
    @Test
    void shouldNotCountAMissingSectionAsAProblem() {
        Document page = Jsoup.parse(CorpusPages.page(665));
        page.select("h2:contains(Upcoming Events) ~ ul").remove();
        ingest.ingest(CorpusPages.ref(665, "2026-08-19"), page.outerHtml());
        given().get("/api/issues/665")
                .then()
                .statusCode(200)
                .body("status", is("no-events"))
                .body("problemCount", is(0))
                .body(
                        "statusDetail",
                        is(
                                "no Upcoming Events section (the Upcoming Events heading is there"
                                        + " but no event list follows it); no event changed"))
                .body("listings", hasSize(0));
    }
}
