package dev.rustyevents.atom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustyevents.support.ApiHistory;
import dev.rustyevents.support.ApiHistoryProfile;
import dev.rustyevents.support.PythonFeedparser;
import dev.rustyevents.support.TestOrigin;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /feeds/events.atom} over real issues from 2024 to 2026 ({@link ApiHistory}), read by
 * feedparser as feed readers and chat bots read it.
 */
@QuarkusTest
@TestProfile(ApiHistoryProfile.class)
class AtomResourceTest {

    private static final String ATOM = "application/atom+xml";

    @Inject ApiHistory history;

    @BeforeEach
    void load() {
        history.load();
    }

    private static byte[] get(String path) {
        return given().get(path)
                .then()
                .statusCode(200)
                .header("Content-Type", containsString(ATOM))
                .extract()
                .asByteArray();
    }

    @Test
    void shouldListTheApisEventsNewestChangeFirstInFeedparser() throws Exception {
        for (String query :
                List.of(
                        "",
                        "country=DE",
                        "region=europe&mode=in-person&mode=hybrid",
                        "mode=virtual",
                        "q=rust&from=2026-01-01")) {
            JsonPath api = given().get("/api/events?size=200&sort=-updated&" + query).jsonPath();
            List<String> ids = api.getList("items.id");
            assertFalse(ids.isEmpty(), query + ": the fixture has events");
            assertTrue(ids.size() <= 200, query);
            JsonNode feed =
                    PythonFeedparser.parse(
                            get(
                                    "/feeds/events.atom?limit=200"
                                            + (query.isEmpty() ? "" : "&" + query)));
            assertEquals("atom10", feed.get("version").asText(), query);
            List<String> entryIds = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            for (JsonNode e : feed.get("entries")) {
                entryIds.add(e.get("id").asText());
                titles.add(e.get("title").asText());
                assertTrue(
                        e.get("link").asText().startsWith(TestOrigin.url() + "/events/"),
                        query + ": " + e);
                assertFalse(e.get("author").asText().isBlank(), query + ": " + e);
                assertFalse(e.get("updated").asText().isBlank(), query + ": " + e);
                assertFalse(e.get("published").asText().isBlank(), query + ": " + e);
            }
            assertEquals(ids.stream().map(id -> "urn:uuid:" + id).toList(), entryIds, query);
            assertEquals(api.getList("items.title"), titles, query);
        }
    }

    @Test
    void shouldNameTheFeedAfterItsFilterAndLinkItselfAndThePage() throws Exception {
        JsonNode feed = PythonFeedparser.parse(get("/feeds/events.atom?country=de&utm=x"));
        assertEquals("Rust events in Germany", feed.get("title").asText());
        assertEquals(
                "Rust community events in Germany, listed in This Week in Rust",
                feed.get("subtitle").asText());
        List<String> links = new ArrayList<>();
        feed.get("links")
                .forEach(l -> links.add(l.get("rel").asText() + " " + l.get("href").asText()));
        assertTrue(
                links.contains("self " + TestOrigin.url() + "/feeds/events.atom?country=de"),
                links.toString());
        assertTrue(
                links.contains("alternate " + TestOrigin.url() + "/?country=de"), links.toString());
        JsonPath api = given().get("/api/events?size=1&sort=-updated&country=DE").jsonPath();
        assertEquals(
                java.time.Instant.parse(api.getString("items[0].updatedAt")),
                java.time.Instant.parse(feed.get("updated").asText()),
                "updated: the newest entry's change");
    }

    @Test
    void shouldBoundTheEntries() throws Exception {
        assertEquals(
                50,
                PythonFeedparser.parse(get("/feeds/events.atom?from=2024-01-01"))
                        .get("entries")
                        .size());
        assertEquals(
                3, PythonFeedparser.parse(get("/feeds/events.atom?limit=3")).get("entries").size());
    }

    @Test
    void shouldAnswer304ToAConditionalGetAndGzipWhenAsked() {
        String etag =
                given().config(identityOnly())
                        .get("/feeds/events.atom?country=DE")
                        .then()
                        .statusCode(200)
                        .header("Cache-Control", containsString("public"))
                        .extract()
                        .header("ETag");
        given().config(identityOnly())
                .header("If-None-Match", etag)
                .get("/feeds/events.atom?country=DE")
                .then()
                .statusCode(304)
                .header("ETag", is(etag));
        String gzipTag =
                given().config(identityOnly())
                        .header("Accept-Encoding", "gzip")
                        .get("/feeds/events.atom?country=DE")
                        .then()
                        .statusCode(200)
                        .header("Content-Encoding", "gzip")
                        .extract()
                        .header("ETag");
        assertFalse(etag.equals(gzipTag), "each encoding has its own tag");
        given().config(identityOnly())
                .header("Accept-Encoding", "gzip")
                .header("If-None-Match", gzipTag)
                .get("/feeds/events.atom?country=DE")
                .then()
                .statusCode(304);
    }

    private static io.restassured.config.RestAssuredConfig identityOnly() {
        return io.restassured.RestAssured.config()
                .decoderConfig(
                        io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"country=UK", "from=2026-13-01", "mode=teleport", "limit=0", "limit=201"})
    void shouldRejectABadParameterWithAProblem(String query) {
        given().get("/feeds/events.atom?" + query)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", is(400));
    }
}
