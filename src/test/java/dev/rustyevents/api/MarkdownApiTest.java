package dev.rustyevents.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustyevents.support.FixtureSite;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/issues/{n}/upcoming-events.md} and {@code /upcoming-events.md} on the fixture site's
 * real issues: TWiR's own lines of issue 665 (its truth file) come back, the filters of {@code
 * /api/events} apply, errors are problem+json.
 */
@QuarkusTest
class MarkdownApiTest {

    private static final String MARKDOWN = "text/markdown;charset=utf-8";

    @BeforeEach
    void load() {
        FixtureSite.load();
    }

    @Test
    void shouldWriteBackAnIssuesOwnLines() throws Exception {
        String md =
                given().get("/api/issues/665/upcoming-events.md")
                        .then()
                        .statusCode(200)
                        .contentType(MARKDOWN)
                        .header("ETag", not(""))
                        .extract()
                        .asString();
        JsonNode truth =
                new ObjectMapper()
                        .readTree(new File("src/test/resources/twir/truth/twir-665.json"));
        String normal = md.replaceAll("\\s+", " ");
        int found = 0;
        for (JsonNode e : truth.get("events")) {
            if (normal.contains(e.get("raw").asText().strip().replaceAll("\\s+", " "))) {
                found++;
            }
        }
        assertEquals(truth.get("events").size(), found, md);
        for (JsonNode h : truth.get("issue").get("regions")) {
            assertTrue(md.contains("### " + h.asText() + "\n"), h.asText());
        }
        String etag =
                given().get("/api/issues/665/upcoming-events.md").then().extract().header("ETag");
        given().header("If-None-Match", etag)
                .get("/api/issues/665/upcoming-events.md")
                .then()
                .statusCode(304);
    }

    @Test
    void shouldNotWriteAnUnknownIssue() {
        given().get("/api/issues/3/upcoming-events.md")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/issues/x/upcoming-events.md")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldWriteTheFilteredEventsAsTwirDoes() {
        int inGermany =
                given().queryParam("country", "DE")
                        .queryParam("size", 100)
                        .queryParam("status", "confirmed")
                        .get("/api/events")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("total");
        assertTrue(inGermany > 0, "the fixture lists events in Germany");
        String md =
                given().queryParam("country", "DE")
                        .get("/upcoming-events.md")
                        .then()
                        .statusCode(200)
                        .contentType(MARKDOWN)
                        .header("Access-Control-Allow-Origin", is("*"))
                        .body(containsString("### Europe\n"))
                        .extract()
                        .asString();
        long entries = md.lines().filter(l -> l.startsWith("* ")).count();
        long hybrid = md.lines().filter(l -> l.startsWith("* ") && l.contains("| Hybrid")).count();
        // a hybrid event is under both Virtual and Europe
        assertEquals(inGermany, entries - hybrid / 2, md);
        for (String line : md.lines().filter(l -> l.startsWith("* ")).toList()) {
            assertTrue(line.contains(", DE"), line);
        }
    }

    @Test
    void shouldRefuseABadFilter() {
        given().queryParam("from", "yesterday")
                .get("/upcoming-events.md")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("parameter", is("from"));
    }
}
