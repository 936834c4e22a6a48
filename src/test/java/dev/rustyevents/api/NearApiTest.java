package dev.rustyevents.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustyevents.support.ApiHistory;
import dev.rustyevents.support.ApiHistoryProfile;
import dev.rustyevents.support.Ical4j;
import dev.rustyevents.support.IcalJs;
import dev.rustyevents.support.PythonIcalendar;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Geo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code near} and {@code radius} over real issues ({@link ApiHistory}): the API and the feed
 * return exactly the events whose stored coordinates lie within the radius, checked against a
 * haversine written here, independently of the service's.
 */
@QuarkusTest
@TestProfile(ApiHistoryProfile.class)
class NearApiTest {

    private static final double BERLIN_LAT = 52.52437;
    private static final double BERLIN_LON = 13.41053;

    @Inject ApiHistory history;

    @BeforeEach
    void load() {
        history.load();
    }

    /** Great-circle distance on the mean-radius sphere (6371.0088 km), km. */
    private static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double h =
                Math.sin((p2 - p1) / 2) * Math.sin((p2 - p1) / 2)
                        + Math.cos(p1)
                                * Math.cos(p2)
                                * Math.sin(Math.toRadians(lon2 - lon1) / 2)
                                * Math.sin(Math.toRadians(lon2 - lon1) / 2);
        return 2 * 6371.0088 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
    }

    private static List<Map<String, Object>> all(String query) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonPath json =
                    given().when()
                            .get("/api/events?" + query + "&size=100&page=" + page)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            items.addAll(json.getList("items"));
            if (page >= json.getInt("totalPages")) {
                return items;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static double[] point(Map<String, Object> event) {
        Map<String, Object> place = (Map<String, Object>) event.get("place");
        if (place == null || place.get("latitude") == null) {
            return null;
        }
        return new double[] {
            ((Number) place.get("latitude")).doubleValue(),
            ((Number) place.get("longitude")).doubleValue()
        };
    }

    @Test
    void shouldReturnExactlyTheEventsWithinFiftyKilometresOfBerlin() {
        Set<String> expected = new TreeSet<>();
        int withCoordinates = 0;
        for (Map<String, Object> e : all("from=2000-01-01")) {
            double[] p = point(e);
            if (p != null) {
                withCoordinates++;
                if (haversine(BERLIN_LAT, BERLIN_LON, p[0], p[1]) <= 50) {
                    expected.add((String) e.get("id"));
                }
            }
        }
        assertTrue(withCoordinates > 100, "events with coordinates: " + withCoordinates);
        assertFalse(expected.isEmpty(), "the history has events in Berlin");

        Set<String> got = new TreeSet<>();
        for (Map<String, Object> e : all("from=2000-01-01&near=Berlin&radius=50")) {
            got.add((String) e.get("id"));
            double[] p = point(e);
            double distance = ((Number) e.get("distanceKm")).doubleValue();
            assertEquals(haversine(BERLIN_LAT, BERLIN_LON, p[0], p[1]), distance, 0.06);
        }
        assertEquals(expected, got);
        Set<String> byCoordinates = new TreeSet<>();
        all("from=2000-01-01&near=52.52437,13.41053&radius=50")
                .forEach(e -> byCoordinates.add((String) e.get("id")));
        assertEquals(expected, byCoordinates);
    }

    @Test
    void shouldSortByDistanceAndKeepVirtualEventsOnlyWhenAsked() {
        List<Map<String, Object>> sorted =
                all("from=2000-01-01&near=Berlin&radius=1000&sort=distance");
        assertTrue(sorted.size() > 5);
        for (int i = 1; i < sorted.size(); i++) {
            assertTrue(
                    ((Number) sorted.get(i - 1).get("distanceKm")).doubleValue()
                            <= ((Number) sorted.get(i).get("distanceKm")).doubleValue());
        }
        assertTrue(sorted.stream().noneMatch(e -> "virtual".equals(e.get("mode"))));
        List<Map<String, Object>> virtual =
                all("from=2000-01-01&near=Berlin&radius=50&mode=virtual");
        assertFalse(virtual.isEmpty());
        assertTrue(virtual.stream().allMatch(e -> "virtual".equals(e.get("mode"))));
        assertEquals(
                all("from=2000-01-01&mode=virtual").size(),
                virtual.size(),
                "mode=virtual beside near keeps every virtual event");
    }

    @Test
    void shouldWriteGeoWithinTheRadiusInTheFeedAsThreeParsersReadIt() throws Exception {
        byte[] ics =
                given().when()
                        .get("/calendar.ics?from=2000-01-01&near=Berlin&radius=50")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        Calendar calendar = Ical4j.parse(ics);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertFalse(events.isEmpty());
        Map<String, double[]> byIcal4j = new java.util.HashMap<>();
        for (VEvent v : events) {
            Geo geo = v.<Geo>getProperty("GEO").orElseThrow();
            byIcal4j.put(
                    v.getUid().orElseThrow().getValue(),
                    new double[] {
                        geo.getLatitude().doubleValue(), geo.getLongitude().doubleValue()
                    });
            assertTrue(
                    haversine(
                                    BERLIN_LAT,
                                    BERLIN_LON,
                                    geo.getLatitude().doubleValue(),
                                    geo.getLongitude().doubleValue())
                            <= 50.05);
        }
        JsonNode parsed = IcalJs.parse(ics);
        assertEquals(events.size(), parsed.get("events").size());
        for (JsonNode e : parsed.get("events")) {
            JsonNode geo = e.get("geo");
            assertTrue(geo.isArray() && geo.size() == 2, "ical.js reads GEO as [lat, lon]: " + e);
            assertTrue(
                    haversine(BERLIN_LAT, BERLIN_LON, geo.get(0).asDouble(), geo.get(1).asDouble())
                            <= 50.05);
        }
        // python-icalendar reads every GEO to the same latitude and longitude as ical4j
        JsonNode python = PythonIcalendar.parse(ics);
        assertEquals(events.size(), python.get("events").size());
        for (JsonNode e : python.get("events")) {
            double[] want = byIcal4j.get(e.get("uid").asText());
            JsonNode geo = e.get("geo");
            assertTrue(want != null && geo.isArray() && geo.size() == 2, "GEO of " + e);
            assertEquals(want[0], geo.get(0).asDouble(), 1e-9, "latitude of " + e.get("uid"));
            assertEquals(want[1], geo.get(1).asDouble(), 1e-9, "longitude of " + e.get("uid"));
        }
    }

    @Test
    void shouldRefuseBadNearAndRadiusWithProblems() {
        given().when()
                .get("/api/events?near=Xyzzyvillezz")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("parameter", equalTo("near"))
                .body("detail", containsString("Xyzzyvillezz"));
        given().when()
                .get("/api/events?near=Brelin")
                .then()
                .statusCode(400)
                .body("allowed", hasItem("Berlin,DE-BE"));
        given().when()
                .get("/api/events?near=Berlin&radius=0")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("radius"));
        given().when()
                .get("/api/events?near=91,0")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("near"));
        given().when()
                .get("/api/events?radius=20")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("radius"));
        given().when()
                .get("/api/events?sort=distance")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("sort"));
    }

    @Test
    void shouldOfferPlacesByTheStartOfTheirName() {
        given().when()
                .get("/api/places?q=portl")
                .then()
                .statusCode(200)
                .body("near", hasItem("Portland,US-OR"))
                .body("near", hasItem("Portland,US-ME"));
        given().queryParam("q", "Münch")
                .when()
                .get("/api/places")
                .then()
                .statusCode(200)
                .body("[0].name", equalTo("Munich"))
                .body("[0].subdivision", equalTo("DE-BY"));
        given().when().get("/api/places?q=a").then().statusCode(400);
    }
}
