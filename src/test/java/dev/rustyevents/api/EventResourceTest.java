package dev.rustyevents.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.support.FixtureSite;
import io.quarkus.test.junit.DisabledOnIntegrationTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class EventResourceTest {

    @BeforeEach
    void load() {
        FixtureSite.load();
    }

    @Test
    @DisabledOnIntegrationTest(
            "FixedClock (today = 2026-08-19) is a test bean; the artifact runs on the real clock, after the fixture's events")
    void shouldListUpcomingEventsFromTodaySortedByDate() {
        List<String> starts =
                given().when()
                        .get("/api/events?size=200")
                        .then()
                        .statusCode(200)
                        .contentType(ContentType.JSON)
                        .body("page", is(1))
                        .body("total", greaterThan(40))
                        .extract()
                        .jsonPath()
                        .getList("items.startDate");
        List<String> ends = given().get("/api/events?size=200").jsonPath().getList("items.endDate");
        // The test clock says today is 2026-08-19: nothing that ended before it.
        assertTrue(
                ends.stream()
                        .map(LocalDate::parse)
                        .noneMatch(d -> d.isBefore(LocalDate.parse("2026-08-19"))),
                ends.toString());
        assertEquals(starts.stream().sorted().toList(), starts, "sorted by start date");
    }

    @Test
    void shouldFilterByCountry() {
        given().get("/api/events?from=2026-07-01&country=DE&size=200")
                .then()
                .statusCode(200)
                .body("total", greaterThan(5))
                .body("items.country", everyItem(equalTo("DE")));
    }

    @Test
    void shouldFilterByRegionAndMode() {
        given().get("/api/events?from=2026-07-01&region=europe&mode=in-person&size=200")
                .then()
                .statusCode(200)
                .body("total", greaterThan(5))
                .body("items.region", everyItem(equalTo("europe")))
                .body("items.mode", everyItem(equalTo("in-person")));
    }

    @Test
    void shouldFilterByCityGroupAndText() {
        given().get("/api/events?from=2026-07-01&city=vancouver")
                .then()
                .statusCode(200)
                .body("items.city", everyItem(equalTo("Vancouver")))
                .body("total", greaterThan(0));
        given().get("/api/events?from=2026-07-01&group=Vancouver Rust")
                .then()
                .statusCode(200)
                .body("items.groupName", everyItem(equalTo("Vancouver Rust")))
                .body("total", greaterThan(0));
        given().get("/api/events?from=2026-07-01&q=seattle")
                .then()
                .statusCode(200)
                .body("items.groupName", hasItem(containsString("Seattle")));
    }

    @Test
    void shouldPaginateWithTotalCount() {
        var all = given().get("/api/events?from=2026-07-01&size=200").jsonPath();
        int total = all.getInt("total");
        var second =
                given().get("/api/events?from=2026-07-01&size=10&page=2")
                        .then()
                        .statusCode(200)
                        .body("items", hasSize(10))
                        .body("total", is(total))
                        .body("totalPages", is((total + 9) / 10))
                        .extract()
                        .jsonPath();
        assertEquals(all.getList("items.id").subList(10, 20), second.getList("items.id"));
    }

    @Test
    void shouldGetOneEventWithTheIssuesThatListedIt() {
        String id =
                given().get("/api/events?from=2026-08-19&to=2026-08-19&city=Vancouver")
                        .jsonPath()
                        .getString("items[0].id");
        given().get("/api/events/" + id)
                .then()
                .statusCode(200)
                .body("id", is(id))
                .body("mode", is("hybrid"))
                .body("issues", hasItem(665));
    }

    @Test
    void shouldNotGetUnknownEvent() {
        given().get("/api/events/no-such-event")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404))
                .body("parameter", is("id"));
    }

    @ParameterizedTest
    @CsvSource({
        "from=2026-13-01, from",
        "to=yesterday, to",
        "from=2026-09-01&to=2026-08-01, to",
        "region=atlantis, region",
        "mode=telepathic, mode",
        "country=UK, country",
        "page=0, page",
        "size=100000, size",
        "size=ten, size",
    })
    void shouldRejectBadParametersWithAProblemNamingThem(String query, String parameter) {
        given().get("/api/events?" + query)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", is(400))
                .body("title", is("Bad Request"))
                .body("parameter", is(parameter))
                .body(
                        "detail",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
    }

    @Test
    void shouldListAllowedValuesForAnUnknownRegion() {
        List<String> allowed =
                given().get("/api/events?region=atlantis").jsonPath().getList("allowed");
        assertFalse(allowed.isEmpty());
        assertTrue(
                allowed.containsAll(List.of("europe", "north-america", "oceania")),
                allowed.toString());
    }
}
