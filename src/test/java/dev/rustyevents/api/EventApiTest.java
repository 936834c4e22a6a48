package dev.rustyevents.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.support.ApiHistory;
import dev.rustyevents.support.ApiHistoryProfile;
import dev.rustyevents.support.TestOrigin;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code /api/events} over real issues from 2024 to 2026 ({@link ApiHistory}): order, sync
 * parameters, pagination edges and links, conditional GET, CORS and JSON-LD.
 */
@QuarkusTest
@TestProfile(ApiHistoryProfile.class)
class EventApiTest {

    private static final String ALL = "/api/events?from=2000-01-01";

    @Inject ApiHistory history;

    @BeforeEach
    void load() {
        history.load();
    }

    @Test
    void shouldSortByDateDescendingAndByLastChange() {
        List<String> descending =
                given().get(ALL + "&sort=-date&size=200")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.startDate");
        assertEquals(descending.stream().sorted(Comparator.reverseOrder()).toList(), descending);
        List<String> updated =
                given().get(ALL + "&sort=updated&size=200").jsonPath().getList("items.updatedAt");
        assertEquals(updated.stream().sorted().toList(), updated);
        assertTrue(
                LocalDate.parse(descending.get(0)).isAfter(LocalDate.parse("2026-08-19")),
                "the newest event is ahead of today");
    }

    @Test
    void shouldPageWithoutOverlapOrGapsAcrossTheWholeHistory() {
        int total = given().get(ALL + "&size=1").jsonPath().getInt("total");
        assertTrue(total > 300, "events from ten issues: " + total);
        List<String> ids = new ArrayList<>();
        String next = ALL.replace("?", "?size=200&");
        while (next != null) {
            Response page = given().get(next).then().statusCode(200).extract().response();
            ids.addAll(page.jsonPath().getList("items.id"));
            next = Links.of(page).get("next");
        }
        assertEquals(total, ids.size(), "following rel=next visits every event once");
        assertEquals(total, ids.stream().distinct().count());
    }

    @Test
    void shouldLinkFirstPrevNextAndLastPages() {
        int total = given().get(ALL + "&country=DE&size=1").jsonPath().getInt("total");
        int last = (total + 9) / 10;
        assertTrue(last >= 3, "at least three pages of German events: " + total);

        Map<String, String> first =
                Links.of(
                        given().get(ALL + "&country=DE&size=10")
                                .then()
                                .statusCode(200)
                                .extract()
                                .response());
        assertEquals("/api/events?country=DE&from=2000-01-01&size=10&page=1", first.get("first"));
        assertEquals("/api/events?country=DE&from=2000-01-01&size=10&page=2", first.get("next"));
        assertEquals(
                "/api/events?country=DE&from=2000-01-01&size=10&page=" + last, first.get("last"));
        assertFalse(first.containsKey("prev"), "no page before the first");

        Map<String, String> middle =
                Links.of(given().get(ALL + "&country=DE&size=10&page=2").andReturn());
        assertEquals("/api/events?country=DE&from=2000-01-01&size=10&page=1", middle.get("prev"));
        assertEquals("/api/events?country=DE&from=2000-01-01&size=10&page=3", middle.get("next"));

        Response lastPage =
                given().get(ALL + "&country=DE&size=10&page=" + last)
                        .then()
                        .statusCode(200)
                        .body("page", is(last))
                        .body("totalPages", is(last))
                        .extract()
                        .response();
        assertFalse(Links.of(lastPage).containsKey("next"), "no page after the last");
        assertEquals(total - (last - 1) * 10, lastPage.jsonPath().getList("items").size());
    }

    @Test
    void shouldAnswerAPagePastTheLastWithAProblem() {
        int total = given().get(ALL + "&country=DE&size=200").jsonPath().getInt("total");
        given().get(ALL + "&country=DE&size=200&page=2")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("parameter", is("page"))
                .body("detail", containsString("past the last page, 1 (" + total + " items)"));
    }

    @Test
    void shouldServeAnEmptyResultAsOneEmptyPage() {
        given().get("/api/events?country=AQ")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("total", is(0))
                .body("totalPages", is(1))
                .body("page", is(1));
    }

    @Test
    void shouldAcceptTheLargestPageSizeAndNoLarger() {
        given().get(ALL + "&size=200")
                .then()
                .statusCode(200)
                .body("size", is(200))
                .body("items.size()", is(200));
        given().get(ALL + "&size=201")
                .then()
                .statusCode(400)
                .body("parameter", is("size"))
                .body("detail", containsString("between 1 and 200"));
    }

    @Test
    void shouldFilterByStatus() {
        int all = given().get(ALL + "&size=1").jsonPath().getInt("total");
        int confirmed =
                given().get(ALL + "&status=confirmed&size=200")
                        .then()
                        .statusCode(200)
                        .body("items.status", everyItem(equalTo("confirmed")))
                        .extract()
                        .jsonPath()
                        .getInt("total");
        int delisted =
                given().get(ALL + "&status=delisted&size=200")
                        .then()
                        .statusCode(200)
                        .body("items.status", everyItem(equalTo("delisted")))
                        .extract()
                        .jsonPath()
                        .getInt("total");
        assertTrue(delisted > 0, "TWiR dropped some events between these issues");
        assertEquals(all, confirmed + delisted);
        given().get(ALL + "&status=confirmed&status=delisted&size=1").then().body("total", is(all));
    }

    @Test
    void shouldListChangesSinceAnInstantWithoutADefaultFrom() {
        int everything = given().get(ALL + "&size=1").jsonPath().getInt("total");
        given().get("/api/events?updated_since=2000-01-01&size=1")
                .then()
                .statusCode(200)
                .body("total", is(everything));
        String latest =
                given().get(ALL + "&sort=-updated&size=1")
                        .jsonPath()
                        .getString("items[0].updatedAt");
        Instant newest = Instant.parse(latest);
        var page =
                given().get("/api/events?sort=updated&size=200&updated_since=" + latest)
                        .then()
                        .statusCode(200)
                        .body("total", greaterThan(0))
                        .extract()
                        .jsonPath();
        List<String> changed = page.getList("items.updatedAt");
        int changedTotal = page.getInt("total");
        assertTrue(
                changed.stream().map(Instant::parse).allMatch(newest::equals), changed.toString());
        given().get("/api/events?updated_since=" + newest.plusSeconds(1))
                .then()
                .statusCode(200)
                .body("total", is(0));
        String offset = newest.atOffset(java.time.ZoneOffset.ofHours(2)).toString();
        given().queryParam("updated_since", offset)
                .get("/api/events?size=1")
                .then()
                .statusCode(200)
                .body("total", is(changedTotal));
    }

    @Test
    void shouldAnswerIfNoneMatchWith304() {
        Response first =
                given().get("/api/events?country=DE")
                        .then()
                        .statusCode(200)
                        .header("ETag", notNullValue())
                        .header("Cache-Control", "public, max-age=300")
                        .header("Vary", "Accept, Accept-Encoding")
                        .extract()
                        .response();
        String etag = first.header("ETag");
        given().header("If-None-Match", etag)
                .get("/api/events?country=DE")
                .then()
                .statusCode(304)
                .header("ETag", etag)
                .body(is(""));
        given().header("If-None-Match", "W/" + etag)
                .get("/api/events?country=DE")
                .then()
                .statusCode(304);
        given().header("If-None-Match", "\"something-else\", " + etag)
                .get("/api/events?country=DE")
                .then()
                .statusCode(304);
        given().header("If-None-Match", "\"something-else\"")
                .get("/api/events?country=DE")
                .then()
                .statusCode(200)
                .header("ETag", etag);
        assertNotEquals(
                etag,
                given().get("/api/events?country=FR").header("ETag"),
                "another query, another tag");
        assertNotEquals(
                etag,
                given().accept("application/ld+json").get("/api/events?country=DE").header("ETag"),
                "JSON-LD is another representation");
    }

    @Test
    void shouldGiveEveryItemAnEtagToo() {
        String id = given().get("/api/events?country=DE").jsonPath().getString("items[0].id");
        String etag =
                given().get("/api/events/" + id)
                        .then()
                        .statusCode(200)
                        .header("ETag", notNullValue())
                        .header("Cache-Control", containsString("max-age"))
                        .extract()
                        .header("ETag");
        given().header("If-None-Match", etag).get("/api/events/" + id).then().statusCode(304);
    }

    @Test
    void shouldAllowAnyOriginToReadIncludingTheHeadersClientsNeed() {
        given().header("Origin", "https://rust-berlin.example")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/events")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", containsString("GET"));
        given().header("Origin", "https://rust-berlin.example")
                .get("/api/events?country=DE&size=5")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"));
    }

    @Test
    void shouldServeSchemaOrgEventsAsJsonLd() {
        Response graph =
                given().accept("application/ld+json")
                        .get("/api/events?from=2026-08-19&to=2026-09-30&size=200")
                        .then()
                        .statusCode(200)
                        .contentType("application/ld+json")
                        .header("Vary", "Accept, Accept-Encoding")
                        .body("'@context'", is("https://schema.org"))
                        .body("'@graph'.'@type'", everyItem(equalTo("Event")))
                        .body("'@graph'.'@context'", everyItem(nullValue()))
                        .body(
                                "'@graph'.eventAttendanceMode",
                                hasItems(
                                        "https://schema.org/OfflineEventAttendanceMode",
                                        "https://schema.org/OnlineEventAttendanceMode",
                                        "https://schema.org/MixedEventAttendanceMode"))
                        .extract()
                        .response();
        assertTrue(Links.of(graph).containsKey("first"), "JSON-LD pages carry the same links");
        List<Map<String, Object>> events = graph.jsonPath().getList("'@graph'");
        List<Map<String, Object>> json =
                given().get("/api/events?from=2026-08-19&to=2026-09-30&size=200")
                        .jsonPath()
                        .getList("items");
        assertEquals(
                json.stream().map(e -> e.get("id")).toList(),
                events.stream().map(e -> e.get("identifier")).toList(),
                "the same events in the same order");
        for (int i = 0; i < events.size(); i++) {
            Map<String, Object> ld = events.get(i);
            Map<String, Object> plain = json.get(i);
            assertEquals(plain.get("title"), ld.get("name"));
            assertEquals(plain.get("startDate"), ld.get("startDate"));
            assertEquals(TestOrigin.url() + "/api/events/" + plain.get("id"), ld.get("@id"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> location = (List<Map<String, Object>>) ld.get("location");
            List<Object> types =
                    location == null
                            ? List.of()
                            : location.stream().map(l -> l.get("@type")).toList();
            switch ((String) plain.get("mode")) {
                case "in-person" -> assertEquals(List.of("Place"), types, plain.toString());
                case "virtual" -> assertFalse(types.contains("Place"), plain.toString());
                case "hybrid" -> assertTrue(types.contains("Place"), plain.toString());
                default -> throw new AssertionError(plain.toString());
            }
            if (types.contains("Place")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> address = (Map<String, Object>) location.get(0).get("address");
                assertEquals(plain.get("country"), address.get("addressCountry"));
                @SuppressWarnings("unchecked")
                Map<String, Object> place = (Map<String, Object>) plain.get("place");
                Object city =
                        place != null && place.get("name") != null
                                ? place.get("name")
                                : plain.get("city");
                assertEquals(city, address.get("addressLocality"), "the gazetteer's city name");
            }
        }
    }

    @Test
    void shouldServeOneEventAsJsonLdReadyToEmbed() {
        Map<String, Object> event =
                given().get("/api/events?country=DE&mode=in-person").jsonPath().getMap("items[0]");
        given().accept("application/ld+json")
                .get("/api/events/" + event.get("id"))
                .then()
                .statusCode(200)
                .contentType("application/ld+json")
                .body("'@context'", is("https://schema.org"))
                .body("'@type'", is("Event"))
                .body("'@id'", endsWith("/api/events/" + event.get("id")))
                .body("name", is(event.get("title")))
                .body("eventStatus", is("https://schema.org/EventScheduled"))
                .body("location[0].'@type'", is("Place"))
                .body("location[0].address.'@type'", is("PostalAddress"))
                .body("location[0].address.addressCountry", is("DE"))
                .body("organizer.'@type'", is("Organization"))
                .body("organizer.name", is(event.get("groupName")));
    }

    /**
     * Conferences made from CFP entries (EuroRust 2026 and NDC Techtown from issues 645 and 649,
     * RustNL 2024 from 543) count CFP issues in firstIssue/lastIssue; their issues name them, and
     * every event's issues run from its firstIssue to its lastIssue.
     */
    @ParameterizedTest
    @CsvSource({
        "EuroRust 2026, 2026-10-14",
        "NDC Techtown, 2026-09-21",
        "RustNL 2024, 2024-05-07",
        "Building an acoustic camera with egui and embassy, 2026-08-20",
    })
    void shouldListTheIssuesThatFirstAndLastIssueCount(String title, String day) {
        Map<String, Object> found =
                given().get("/api/events?from=" + day + "&to=" + day + "&size=200")
                        .jsonPath()
                        .param("title", title)
                        .getMap("items.find { it.title == title }");
        assertNotNull(found, title);
        List<Integer> issues =
                given().get("/api/events/" + found.get("id"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("issues", Integer.class);
        assertFalse(issues.isEmpty(), title);
        assertEquals(found.get("firstIssue"), issues.get(0), title + " " + issues);
        assertEquals(found.get("lastIssue"), issues.get(issues.size() - 1), title + " " + issues);
        assertEquals(issues.stream().sorted().distinct().toList(), issues, "ascending, once each");
    }

    @Test
    void shouldPreferJsonAndRefuseWhatItCannotServe() {
        given().accept("*/*")
                .get("/api/events?size=1")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON);
        given().accept("application/ld+json;q=0.5, application/json")
                .get("/api/events?size=1")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON);
        given().accept("text/html")
                .get("/api/events?size=1")
                .then()
                .statusCode(406)
                .contentType("application/problem+json");
    }

    @ParameterizedTest
    @CsvSource({
        "sort=popularity, sort",
        "status=cancelled, status",
        "updated_since=last-week, updated_since",
        "updated_since=2026-08-19T12:00:00, updated_since",
        "page=-1, page",
        "size=0, size",
        "q=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, q",
        "subdivision=Washington, subdivision",
    })
    void shouldRejectBadListParametersNamingThem(String query, String parameter) {
        given().get("/api/events?" + query)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("parameter", is(parameter))
                .body("detail", not(org.hamcrest.Matchers.emptyOrNullString()));
    }

    @Test
    void shouldListTheAllowedSortOrdersAndStatuses() {
        given().get("/api/events?sort=popularity")
                .then()
                .body("allowed", is(List.of("date", "-date", "updated", "-updated", "distance")));
        given().get("/api/events?status=cancelled")
                .then()
                .body("allowed", is(List.of("confirmed", "delisted")));
    }

    @Test
    void shouldCountTheSameEventsAsTheFeedSelects() {
        int total =
                given().get(
                                "/api/events?region=europe&mode=in-person&from=2026-08-01&to=2026-09-30&size=1")
                        .jsonPath()
                        .getInt("total");
        String feed =
                given().get(
                                "/calendar.ics?region=europe&mode=in-person&from=2026-08-01&to=2026-09-30")
                        .asString();
        assertEquals(total, feed.split("BEGIN:VEVENT", -1).length - 1);
        assertTrue(total > 0);
    }

    @Test
    void shouldFilterBySubdivisionAndWindow() {
        given().get(ALL + "&subdivision=us-wa&size=200")
                .then()
                .statusCode(200)
                .body("total", greaterThan(0))
                .body("items.country", everyItem(equalTo("US")))
                .body("items.subdivision", everyItem(equalTo("WA")));
        List<String> starts =
                given().get("/api/events?from=2025-01-01&to=2025-01-31&size=200")
                        .then()
                        .statusCode(200)
                        .body("total", greaterThan(0))
                        .extract()
                        .jsonPath()
                        .getList("items.startDate");
        assertTrue(
                starts.stream().allMatch(d -> d.compareTo("2025-01-31") <= 0), starts.toString());
        List<String> ends =
                given().get("/api/events?from=2025-01-01&to=2025-01-31&size=200")
                        .jsonPath()
                        .getList("items.endDate");
        assertTrue(ends.stream().allMatch(d -> d.compareTo("2025-01-01") >= 0), ends.toString());
    }

    @Test
    void shouldFindTextIgnoringCaseAndAccents() {
        given().get(ALL + "&q=MUNCHEN&size=200")
                .then()
                .statusCode(200)
                .body("total", greaterThan(0))
                .body("items.city", hasItem("München"));
    }
}
