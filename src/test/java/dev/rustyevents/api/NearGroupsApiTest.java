package dev.rustyevents.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.support.ApiHistory;
import dev.rustyevents.support.ApiHistoryProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/groups?near=…&radius=…} over real issues ({@link ApiHistory}): exactly the groups
 * whose home coordinates an independent haversine puts within the radius, each with its {@code
 * distanceKm}; the home's coordinates are those of one of the group's own events; nearest first
 * with {@code sort=distance}; bad values are 400 problems naming the parameter.
 */
@QuarkusTest
@TestProfile(ApiHistoryProfile.class)
class NearGroupsApiTest {

    private static final double BERLIN_LAT = 52.52437;
    private static final double BERLIN_LON = 13.41053;

    @Inject ApiHistory history;

    @BeforeEach
    void load() {
        history.load();
    }

    /** Great-circle distance on the mean-radius sphere (6371.0088 km), km; written here anew. */
    private static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h =
                Math.sin(dp / 2) * Math.sin(dp / 2)
                        + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0088 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
    }

    private static List<Map<String, Object>> all(String query) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonPath json =
                    given().when()
                            .get("/api/groups?" + query + "&size=200&page=" + page)
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
    private static double[] home(Map<String, Object> group) {
        Map<String, Object> home = (Map<String, Object>) group.get("home");
        if (home == null || home.get("latitude") == null) {
            return null;
        }
        return new double[] {
            ((Number) home.get("latitude")).doubleValue(),
            ((Number) home.get("longitude")).doubleValue()
        };
    }

    @Test
    void shouldListExactlyTheGroupsWhoseHomeIsWithinFiftyKilometresOfBerlin() {
        Set<String> expected = new TreeSet<>();
        int located = 0;
        for (Map<String, Object> g : all("sort=slug")) {
            assertNull(g.get("distanceKm"), "no distance without near");
            double[] p = home(g);
            if (p != null) {
                located++;
                if (haversine(BERLIN_LAT, BERLIN_LON, p[0], p[1]) <= 50) {
                    expected.add((String) g.get("slug"));
                }
            }
        }
        assertTrue(located > 50, "groups with home coordinates: " + located);
        assertTrue(expected.contains("rust-berlin"), expected.toString());

        Set<String> got = new TreeSet<>();
        for (Map<String, Object> g : all("near=Berlin&radius=50")) {
            got.add((String) g.get("slug"));
            double[] p = home(g);
            assertEquals(
                    haversine(BERLIN_LAT, BERLIN_LON, p[0], p[1]),
                    ((Number) g.get("distanceKm")).doubleValue(),
                    0.06,
                    g.get("slug") + "'s distanceKm");
        }
        assertEquals(expected, got);
        Set<String> byCoordinates = new TreeSet<>();
        all("near=52.52437,13.41053&radius=50")
                .forEach(g -> byCoordinates.add((String) g.get("slug")));
        assertEquals(expected, byCoordinates);
        assertEquals(
                all("near=Berlin&radius=100"), all("near=Berlin"), "the default radius is 100 km");
        assertTrue(
                all("near=Berlin&radius=300").size() > expected.size(),
                "300 km holds more groups than 50 km");
    }

    @Test
    void shouldPlaceAGroupAtTheCoordinatesOfOneOfItsOwnEvents() {
        Map<String, Object> berlin = given().get("/api/groups/rust-berlin").jsonPath().get();
        double[] home = home(berlin);
        List<Map<String, Object>> events =
                given().get("/api/groups/rust-berlin/events?from=2000-01-01&size=200")
                        .jsonPath()
                        .getList("items");
        assertTrue(
                events.stream()
                        .map(e -> (Map<?, ?>) e.get("place"))
                        .anyMatch(
                                p ->
                                        p != null
                                                && p.get("latitude") != null
                                                && ((Number) p.get("latitude")).doubleValue()
                                                        == home[0]
                                                && ((Number) p.get("longitude")).doubleValue()
                                                        == home[1]),
                "rust-berlin's home "
                        + home[0]
                        + ","
                        + home[1]
                        + " is where one of its events was");
    }

    @Test
    void shouldSortGroupsByDistanceWhenAsked() {
        List<Map<String, Object>> sorted = all("near=Berlin&radius=1000&sort=distance");
        assertTrue(sorted.size() > 5, "groups within 1000 km of Berlin: " + sorted.size());
        assertTrue(
                ((Number) sorted.get(0).get("distanceKm")).doubleValue() < 10,
                "a Berlin group first: " + sorted.get(0));
        for (int i = 1; i < sorted.size(); i++) {
            assertTrue(
                    ((Number) sorted.get(i - 1).get("distanceKm")).doubleValue()
                            <= ((Number) sorted.get(i).get("distanceKm")).doubleValue(),
                    sorted.get(i).get("slug") + " after " + sorted.get(i - 1).get("slug"));
        }
        List<String> bySlug =
                all("near=Berlin&radius=1000").stream().map(g -> (String) g.get("slug")).toList();
        assertEquals(bySlug.stream().sorted().toList(), bySlug, "by slug without sort");
        assertEquals(
                new TreeSet<>(bySlug),
                new TreeSet<>(sorted.stream().map(g -> (String) g.get("slug")).toList()));
    }

    @Test
    void shouldRefuseBadNearRadiusAndSortOnGroupsWithProblems() {
        given().when()
                .get("/api/groups?near=Brelin")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("parameter", equalTo("near"))
                .body("detail", containsString("Brelin"))
                .body("allowed", hasItem("Berlin,DE-BE"));
        given().when()
                .get("/api/groups?near=Berlin&radius=9000")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("radius"));
        given().when()
                .get("/api/groups?radius=50")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("radius"));
        given().when()
                .get("/api/groups?sort=distance")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("sort"));
        given().when()
                .get("/api/groups?near=Berlin&sort=nearest")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("sort"))
                .body("allowed", hasItem("distance"));
        assertFalse(all("near=Berlin&radius=50&country=DE").isEmpty());
        assertTrue(all("near=Berlin&radius=50&country=FR").isEmpty());
    }
}
