package dev.rustyevents.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.rustyevents.support.FixtureSite;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IssueResourceTest {

    @BeforeEach
    void load() {
        FixtureSite.load();
    }

    @Test
    void shouldListIngestedIssuesNewestFirst() {
        given().get("/api/issues")
                .then()
                .statusCode(200)
                .body("number", is(List.of(665, 664, 663, 662)))
                .body("[0].date", is("2026-08-19"))
                .body(
                        "[0].url",
                        is("https://this-week-in-rust.org/blog/2026/08/19/this-week-in-rust-665/"))
                .body("[0].status", is("ingested"))
                .body("[0].listingCount", is(55));
    }

    @Test
    void shouldShowAnIssuesListingsAndTheEventEachBecame() {
        List<Map<String, Object>> listings =
                given().get("/api/issues/665")
                        .then()
                        .statusCode(200)
                        .body("listings", hasSize(55))
                        .extract()
                        .jsonPath()
                        .getList("listings");
        Map<String, Object> first = listings.get(0);
        assertEquals("Virtual", first.get("regionHeading"));
        for (Map<String, Object> l : listings) {
            assertNotNull(l.get("eventId"), "listing without event: " + l);
            given().get("/api/events/" + l.get("eventId")).then().statusCode(200);
        }
    }

    @Test
    void shouldNotGetAnIssueThatWasNotIngested() {
        given().get("/api/issues/3")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("parameter", is("number"));
        given().get("/api/issues/abc")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("parameter", is("number"));
    }
}
