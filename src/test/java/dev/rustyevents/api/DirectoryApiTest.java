package dev.rustyevents.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.support.ApiHistory;
import dev.rustyevents.support.ApiHistoryProfile;
import dev.rustyevents.support.TestOrigin;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Groups, regions, countries and statistics over real issues from 2024 to 2026 ({@link
 * ApiHistory}); each count is checked against {@code /api/events} selecting the same events.
 */
@QuarkusTest
@TestProfile(ApiHistoryProfile.class)
class DirectoryApiTest {

    @Inject ApiHistory history;

    @BeforeEach
    void load() {
        history.load();
    }

    private static int confirmedEvents(String query) {
        return given().get("/api/events?status=confirmed&size=1&" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("total");
    }

    @Test
    void shouldListGroupsWithTheirCountsHomesAndNextEvents() {
        Response page =
                given().get("/api/groups?size=200")
                        .then()
                        .statusCode(200)
                        .header("ETag", notNullValue())
                        .body("total", greaterThan(100))
                        .extract()
                        .response();
        List<String> slugs = page.jsonPath().getList("items.slug");
        assertEquals(slugs.stream().sorted().toList(), slugs, "sorted by slug");

        Map<String, Object> berlin =
                given().get("/api/groups/rust-berlin")
                        .then()
                        .statusCode(200)
                        .body("name", is("Rust Berlin"))
                        .body("home.city", is("Berlin"))
                        .body("home.country", is("DE"))
                        .body("home.countryName", is("Germany"))
                        .body("home.region", is("europe"))
                        .body("feed.url", is(TestOrigin.url() + "/groups/rust-berlin/calendar.ics"))
                        .body(
                                "feed.webcal",
                                is(TestOrigin.webcal() + "/groups/rust-berlin/calendar.ics"))
                        .extract()
                        .jsonPath()
                        .getMap("");
        assertEquals(
                confirmedEvents("from=2000-01-01&group=rust-berlin"), berlin.get("eventCount"));
        @SuppressWarnings("unchecked")
        Map<String, Object> next = (Map<String, Object>) berlin.get("nextEvent");
        String firstUpcoming =
                given().get("/api/groups/rust-berlin/events?status=confirmed&size=1")
                        .jsonPath()
                        .getString("items[0].id");
        assertEquals(
                firstUpcoming,
                next.get("id"),
                "the next event is the group's first confirmed event from today");
        assertFalse(
                LocalDate.parse((String) next.get("endDate"))
                        .isBefore(LocalDate.parse("2026-08-19")));
        assertTrue(
                LocalDate.parse((String) berlin.get("firstDate"))
                        .isBefore(LocalDate.parse("2025-01-01")));
    }

    @Test
    void shouldFindGroupsByNameAndHome() {
        given().queryParam("q", "rust MONTREAL")
                .get("/api/groups?size=200")
                .then()
                .statusCode(200)
                .body("items.name", hasItem("Rust Montréal"));
        given().get("/api/groups?country=DE&size=200")
                .then()
                .statusCode(200)
                .body("total", greaterThan(5))
                .body("items.home.country", everyItem(equalTo("DE")));
        given().get("/api/groups?region=oceania&size=200")
                .then()
                .statusCode(200)
                .body("items.home.region", everyItem(equalTo("oceania")))
                .body("total", greaterThan(0));
        given().get("/api/groups?country=UK")
                .then()
                .statusCode(400)
                .body("parameter", is("country"))
                .body("detail", containsString("GB"));
    }

    @Test
    void shouldPageGroupsWithLinks() {
        int total = given().get("/api/groups?size=1").jsonPath().getInt("total");
        Response second =
                given().get("/api/groups?size=50&page=2")
                        .then()
                        .statusCode(200)
                        .body("items.size()", is(50))
                        .extract()
                        .response();
        Map<String, String> links = Links.of(second);
        assertEquals("/api/groups?size=50&page=1", links.get("prev"));
        assertEquals("/api/groups?size=50&page=" + ((total + 49) / 50), links.get("last"));
        given().get("/api/groups?size=50&page=" + ((total + 49) / 50 + 1))
                .then()
                .statusCode(404)
                .body("parameter", is("page"));
    }

    @Test
    void shouldListAGroupsEventsLikeTheEventList() {
        List<String> groupEvents =
                given().get("/api/groups/rust-berlin/events?from=2000-01-01&size=200")
                        .then()
                        .statusCode(200)
                        .body("items.groupSlug", everyItem(equalTo("rust-berlin")))
                        .extract()
                        .jsonPath()
                        .getList("items.id");
        assertEquals(
                given().get("/api/events?group=rust-berlin&from=2000-01-01&size=200")
                        .jsonPath()
                        .getList("items.id"),
                groupEvents);
        given().accept("application/ld+json")
                .get("/api/groups/rust-berlin/events")
                .then()
                .statusCode(200)
                .body("'@graph'.organizer.name", everyItem(equalTo("Rust Berlin")));
    }

    @Test
    void shouldNotGetAnUnknownGroupButSuggestSimilarOnes() {
        given().get("/api/groups/rust-berlinn")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("parameter", is("slug"))
                .body("allowed", hasItem("rust-berlin"));
        given().get("/api/groups/rust-berlinn/events")
                .then()
                .statusCode(404)
                .body("allowed", hasItem("rust-berlin"));
        given().get("/api/groups/Rust Berlin")
                .then()
                .statusCode(200)
                .body("slug", is("rust-berlin"));
    }

    /**
     * A region's counts are its countries' plus its events without a country: Rust-SP's "São Paulo"
     * (issue 663) is listed under South America with no country.
     */
    @Test
    void shouldReconcileRegionTotalsWithTheirCountries() {
        List<Map<String, Object>> countries = given().get("/api/countries").jsonPath().getList("");
        List<Map<String, Object>> regions = given().get("/api/regions").jsonPath().getList("");
        for (Map<String, Object> r : regions) {
            @SuppressWarnings("unchecked")
            Map<String, Object> without = (Map<String, Object>) r.get("withoutCountry");
            for (String count : List.of("total", "upcoming")) {
                int sum =
                        countries.stream()
                                .filter(c -> r.get("code").equals(c.get("region")))
                                .mapToInt(c -> (Integer) c.get(count))
                                .sum();
                assertEquals(
                        (Integer) r.get(count),
                        sum + (Integer) without.get(count),
                        r + ": " + count + " = its countries' + withoutCountry");
            }
        }
        Map<String, Object> southAmerica =
                regions.stream()
                        .filter(r -> r.get("code").equals("south-america"))
                        .findFirst()
                        .orElseThrow();
        // "São Paulo, SP": TWiR wrote no country; the gazetteer gives BR (BR-SP), so none is left
        assertEquals(Map.of("upcoming", 0, "total", 0), southAmerica.get("withoutCountry"));
        given().get("/api/events?from=2026-08-08&to=2026-08-08&region=south-america")
                .then()
                .body("items.find { it.groupSlug == 'rust-sp' }.city", is("São Paulo"))
                .body("items.find { it.groupSlug == 'rust-sp' }.country", is("BR"))
                .body("items.find { it.groupSlug == 'rust-sp' }.place.subdivision", is("BR-SP"))
                .body(
                        "items.find { it.groupSlug == 'rust-sp' }.place.resolution",
                        is("subdivision-hint"));
    }

    @Test
    void shouldCountEventsPerRegionAndCountryAsTheEventListDoes() {
        List<Map<String, Object>> regions =
                given().get("/api/regions")
                        .then()
                        .statusCode(200)
                        .header("ETag", notNullValue())
                        .extract()
                        .jsonPath()
                        .getList("");
        assertEquals(
                List.of("africa", "asia", "europe", "north-america", "oceania", "south-america"),
                regions.stream().map(r -> r.get("code")).toList());
        for (Map<String, Object> r : regions) {
            assertEquals(
                    confirmedEvents("from=2000-01-01&region=" + r.get("code")),
                    r.get("total"),
                    r.toString());
            assertEquals(
                    confirmedEvents("region=" + r.get("code")), r.get("upcoming"), r.toString());
        }
        List<Map<String, Object>> countries =
                given().get("/api/countries")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("");
        assertTrue(countries.size() > 20, countries.size() + " countries");
        List<String> names = countries.stream().map(c -> (String) c.get("name")).toList();
        assertEquals(names.stream().sorted().toList(), names, "by name, for menus");
        Map<String, Object> germany =
                countries.stream()
                        .filter(c -> c.get("code").equals("DE"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("Germany", germany.get("name"));
        assertEquals("europe", germany.get("region"));
        assertEquals(confirmedEvents("from=2000-01-01&country=DE"), germany.get("total"));
        assertEquals(confirmedEvents("country=DE"), germany.get("upcoming"));
        given().get("/api/countries?region=europe")
                .then()
                .statusCode(200)
                .body("region", everyItem(equalTo("europe")))
                .body("code", hasItem("DE"));
        given().get("/api/countries?region=atlantis")
                .then()
                .statusCode(400)
                .body("parameter", is("region"));
    }

    @Test
    void shouldCountEventsPerMonthWithoutGaps() {
        Response stats =
                given().get("/api/stats")
                        .then()
                        .statusCode(200)
                        .body("by", is("month"))
                        .extract()
                        .response();
        List<Map<String, Object>> periods = stats.jsonPath().getList("periods");
        YearMonth first = YearMonth.parse((String) periods.get(0).get("period"));
        long sum = 0;
        for (int i = 0; i < periods.size(); i++) {
            Map<String, Object> p = periods.get(i);
            assertEquals(first.plusMonths(i).toString(), p.get("period"), "consecutive months");
            assertEquals(first.plusMonths(i).atDay(1).toString(), p.get("start"));
            int count = (Integer) p.get("count");
            @SuppressWarnings("unchecked")
            Map<String, Integer> byMode = (Map<String, Integer>) p.get("byMode");
            @SuppressWarnings("unchecked")
            Map<String, Integer> byRegion = (Map<String, Integer>) p.get("byRegion");
            assertEquals(
                    count,
                    byMode.values().stream().mapToInt(Integer::intValue).sum(),
                    p.toString());
            assertEquals(
                    count,
                    byRegion.values().stream().mapToInt(Integer::intValue).sum(),
                    p.toString());
            sum += count;
        }
        assertEquals(stats.jsonPath().getLong("total"), sum);
        assertEquals(
                confirmedEvents("from=2000-01-01"),
                (int) sum,
                "every confirmed event, counted once");
        assertTrue(periods.size() > 24, "more than two years of months: " + periods.size());

        // A month counts the confirmed events whose first day falls in it.
        List<String> augustStarts =
                given().get("/api/events?status=confirmed&from=2026-08-01&to=2026-08-31&size=200")
                        .jsonPath()
                        .getList("items.startDate");
        long startingInAugust = augustStarts.stream().filter(d -> d.startsWith("2026-08")).count();
        assertTrue(startingInAugust > 0);
        Map<String, Object> august =
                periods.stream()
                        .filter(p -> p.get("period").equals("2026-08"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(startingInAugust, ((Integer) august.get("count")).longValue());
    }

    @Test
    void shouldCountPerYearAndByFilter() {
        List<Map<String, Object>> months =
                given().get("/api/stats?by=month&region=europe")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("periods");
        List<Map<String, Object>> years =
                given().get("/api/stats?by=year&region=europe")
                        .then()
                        .statusCode(200)
                        .body("by", is("year"))
                        .extract()
                        .jsonPath()
                        .getList("periods");
        List<String> yearNames =
                new ArrayList<>(years.stream().map(y -> (String) y.get("period")).toList());
        // Issue 567 (2024) lists an event dated 2022-10-03, as TWiR printed it; the years run on
        // without gaps.
        int firstYear = Integer.parseInt(yearNames.get(0));
        for (int i = 0; i < yearNames.size(); i++) {
            assertEquals(String.valueOf(firstYear + i), yearNames.get(i));
        }
        assertTrue(yearNames.containsAll(List.of("2024", "2025", "2026")), yearNames.toString());
        for (Map<String, Object> year : years) {
            int fromMonths =
                    months.stream()
                            .filter(
                                    m ->
                                            ((String) m.get("period"))
                                                    .startsWith(year.get("period") + "-"))
                            .mapToInt(m -> (Integer) m.get("count"))
                            .sum();
            assertEquals(fromMonths, year.get("count"), year.toString());
            @SuppressWarnings("unchecked")
            Map<String, Integer> byRegion = (Map<String, Integer>) year.get("byRegion");
            assertTrue(
                    List.of("europe").containsAll(byRegion.keySet()),
                    "only Europe counted: " + byRegion);
        }
        given().get("/api/stats?by=week")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("parameter", is("by"))
                .body("allowed", is(List.of("month", "year")));
    }
}
