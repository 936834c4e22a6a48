package dev.rustyevents.api;

import static dev.rustyevents.support.CorpusPages.page;
import static dev.rustyevents.support.CorpusPages.seed;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.http.Problem;
import dev.rustyevents.ingest.IngestLock;
import dev.rustyevents.support.BackfillSiteProfile;
import dev.rustyevents.support.EmptyDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/admin/issues}: a saved TWiR page or a text copy, sent by an operator, read as a
 * fetched page is.
 */
@QuarkusTest
@TestProfile(BackfillSiteProfile.class)
class IssueUploadTest {

    private static final String ISSUES = "/api/admin/issues";

    @Inject EmptyDatabase database;

    @Inject IngestLock lock;

    @BeforeEach
    void emptyDatabase() {
        database.empty();
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + BackfillSiteProfile.TOKEN);
    }

    /** With the right token, an {@code Accept} the operation cannot serve is the documented 406. */
    @Test
    void shouldRefuseAnUnacceptableAcceptWithAProblem() {
        admin().contentType("text/html; charset=UTF-8")
                .accept("text/html")
                .body(page(633))
                .post(ISSUES)
                .then()
                .statusCode(406)
                .contentType("application/problem+json");
        admin().accept("text/calendar")
                .get("/api/admin/events/no-such-event/correction")
                .then()
                .statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void shouldIngestAnUploadedPageAndServeItsEvents() {
        admin().contentType("text/html; charset=UTF-8")
                .body(page(633))
                .post(ISSUES)
                .then()
                .statusCode(200)
                .body(
                        "issue",
                        is(633),
                        "status",
                        is("ingested"),
                        "unchanged",
                        is(false),
                        "created",
                        greaterThan(30));
        given().get("/api/events?from=2026-01-07&to=2026-02-03&size=200")
                .then()
                .statusCode(200)
                .body(
                        "total",
                        greaterThan(30),
                        "items.url",
                        hasItem("https://www.meetup.com/rust-berlin/events/305646023/"));
        given().get("/api/issues/633")
                .then()
                .statusCode(200)
                .body(
                        "url",
                        is("https://this-week-in-rust.org/blog/2026/01/07/this-week-in-rust-633/"));
        // Without a charset parameter the body is read as UTF-8, as TWiR's pages are.
        admin().contentType("text/html")
                .body(page(633).getBytes(StandardCharsets.UTF_8))
                .post(ISSUES)
                .then()
                .statusCode(200)
                .body("unchanged", is(true));
    }

    @Test
    void shouldIngestAnUploadedTextCopy() {
        admin().contentType("text/plain; charset=UTF-8")
                .body(seed("001_0268bcf0f96492dc.txt"))
                .post(ISSUES)
                .then()
                .statusCode(200)
                .body("issue", is(634), "status", is("ingested"), "listings", greaterThan(30));
        given().get("/api/issues").then().body("number", is(List.of(634)));
    }

    @Test
    void shouldRefuseAPageThatDoesNotSayWhichIssueItIs() {
        String notes =
                "<html><head><title>My notes</title></head><body><h2>Upcoming Events</h2><p>none</p></body></html>";
        admin().contentType("text/html")
                .body(notes)
                .post(ISSUES)
                .then()
                .statusCode(422)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", is(422), "title", is("Unprocessable Content"));
        admin().contentType("text/plain")
                .body("This Week in Rust, somewhere")
                .post(ISSUES)
                .then()
                .statusCode(422);
        admin().contentType("text/html")
                .body(notes)
                .queryParam("url", "https://example.org/notes/")
                .post(ISSUES)
                .then()
                .statusCode(400)
                .body("parameter", is("url"));
        admin().contentType("text/html")
                .body(page(633))
                .queryParam(
                        "url",
                        "https://this-week-in-rust.org/blog/2026/01/14/this-week-in-rust-634/")
                .post(ISSUES)
                .then()
                .statusCode(422)
                .body("parameter", is("url"));
        given().get("/api/issues").then().body("size()", is(0));
        // The live URL says which issue a page without a title is.
        admin().contentType("text/html")
                .body(page(633).replaceAll("(?s)<title>.*?</title>", ""))
                .queryParam(
                        "url",
                        "https://this-week-in-rust.org/blog/2026/01/07/this-week-in-rust-633/")
                .post(ISSUES)
                .then()
                .statusCode(200)
                .body("issue", is(633), "status", is("ingested"));
    }

    @Test
    void shouldRefuseWithoutTheTokenWhileAnIngestRunsOrWhenTooLarge() {
        given().contentType("text/html")
                .body(page(633))
                .post(ISSUES)
                .then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
        admin().contentType("application/json")
                .body("{}")
                .post(ISSUES)
                .then()
                .statusCode(415)
                .contentType(Problem.MEDIA_TYPE);
        assertTrue(lock.tryAcquire());
        try {
            admin().contentType("text/html")
                    .body(page(633))
                    .post(ISSUES)
                    .then()
                    .statusCode(409)
                    .contentType(Problem.MEDIA_TYPE);
        } finally {
            lock.release();
        }
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(tooLarge, (byte) 'a');
        admin().contentType("text/html")
                .body(tooLarge)
                .post(ISSUES)
                .then()
                .statusCode(413)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", is(413), "instance", is(ISSUES));
        given().get("/api/issues").then().body("size()", is(0));
    }
}
