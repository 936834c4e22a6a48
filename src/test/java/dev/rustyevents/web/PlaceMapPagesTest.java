package dev.rustyevents.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.support.ApiHistory;
import dev.rustyevents.support.ApiHistoryProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The maps of the main page and {@code /stats} ({@link PlaceMap}) on real issues from 2024 to 2026
 * ({@link ApiHistory}): one dot per stored point of the selection (no two of these issues' points
 * lie within a dot's 1 km link radius, so none is merged: {@link PlaceMapTest} covers merging),
 * counts that add up to the selection's events with coordinates as {@code /api/events} gives them,
 * and every dot a link to a list of exactly its events. The outline asset is served from this
 * origin with the assets' caching.
 */
@QuarkusTest
@TestProfile(ApiHistoryProfile.class)
class PlaceMapPagesTest {

    private static final Pattern COUNT = Pattern.compile(": (\\d+) events?$");

    @Inject ApiHistory history;

    @BeforeEach
    void load() {
        history.load();
    }

    @Test
    void shouldMapTheDefaultViewOneDotPerPlaceEachLinkingToExactlyItsEvents() {
        byte[] bytes = given().get("/").then().statusCode(200).extract().asByteArray();
        assertTrue(bytes.length < 100_000, "the default view's HTML is " + bytes.length + " bytes");
        Document doc = Jsoup.parse(new String(bytes, StandardCharsets.UTF_8));
        Element map = doc.selectFirst("#events-map svg");
        assertNotNull(map, "the default view has a map");
        assertMatchesTheApi(doc, "events-map", "status=confirmed");
        for (Element link : map.select("a")) {
            assertLinkListsExactlyItsEvents(link);
        }
    }

    @Test
    void shouldDrawAnEuropeanFilterAsARegionAndKeepTheFilterInItsLinks() {
        Document doc = html("/?country=DE&mode=in-person&mode=virtual");
        assertMatchesTheApi(doc, "events-map", "status=confirmed&country=DE&mode=in-person");
        Element map = doc.selectFirst("#events-map svg");
        double[] box =
                Arrays.stream(map.attr("viewBox").split(" "))
                        .mapToDouble(Double::parseDouble)
                        .toArray();
        assertTrue(box[2] < 600 && box[3] < 400, "a map of Germany, not the world: " + box);
        for (Element link : map.select("a")) {
            String href = link.attr("href");
            assertTrue(
                    href.startsWith("/?country=DE&mode=in-person&near="),
                    "the filter kept, virtual events left out: " + href);
            assertLinkListsExactlyItsEvents(link);
        }
        assertNull(html("/?mode=virtual").selectFirst("#events-map"), "online events: no map");
    }

    @Test
    void shouldMapTheWholeHistoryOnTheStatisticsPage() {
        Document doc = html("/stats");
        Element map = doc.selectFirst("#history-map svg");
        assertNotNull(map, "/stats has the map");
        String first = doc.select("table.stats tbody tr th time").last().attr("datetime");
        assertMatchesTheApi(doc, "history-map", "status=confirmed&from=" + first + "-01");
        List<Element> links = map.select("a");
        // the most and the fewest events: every size of list
        for (Element link : List.of(links.get(0), links.get(1), links.get(links.size() - 1))) {
            assertTrue(link.attr("href").startsWith("/?from=" + first + "-01&near="));
            assertLinkListsExactlyItsEvents(link);
        }
    }

    @Test
    void shouldServeTheOutlineFromThisOriginAsACachedSvg() {
        String page = given().get("/").then().statusCode(200).extract().asString();
        Element image = Jsoup.parse(page).selectFirst("#events-map image");
        String href = image.attr("href");
        assertTrue(href.matches("/assets/[0-9a-f]{12}/world\\.svg"), href);
        String svg =
                given().get(href)
                        .then()
                        .statusCode(200)
                        .contentType(startsWith("image/svg+xml"))
                        .header("Cache-Control", "public, max-age=31536000, immutable")
                        .extract()
                        .asString();
        assertTrue(svg.contains("viewBox=\"0 0 3600 1800\"") && svg.contains("class=\"land\""));
        assertTrue(svg.contains("Natural Earth"), "the source is named in the file");
        given().get("/assets/world.svg")
                .then()
                .statusCode(200)
                .contentType(startsWith("image/svg+xml"))
                .header("Cache-Control", "public, max-age=300");
        assertFalse(
                Jsoup.parse(page).selectFirst("#events-map").html().contains("://"),
                "the map names no other site");
        assertEquals(List.of(), offsite(page), "nothing loaded from another site");
    }

    /**
     * The map's dots are the API's events with coordinates for the query: one per distinct point,
     * with its number of events.
     */
    private static void assertMatchesTheApi(Document doc, String id, String apiQuery) {
        Map<String, Integer> expected = new HashMap<>();
        for (int page = 1; ; page++) {
            JsonPath json =
                    given().urlEncodingEnabled(false)
                            .get("/api/events?size=200&page=" + page + "&" + apiQuery)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            List<Map<String, Object>> items = json.getList("items");
            for (Map<String, Object> item : items) {
                @SuppressWarnings("unchecked")
                Map<String, Object> place = (Map<String, Object>) item.get("place");
                if (place != null && place.get("latitude") != null) {
                    expected.merge(
                            point(
                                    ((Number) place.get("latitude")).doubleValue(),
                                    ((Number) place.get("longitude")).doubleValue()),
                            1,
                            Integer::sum);
                }
            }
            if (page * 200 >= json.getInt("total")) {
                break;
            }
        }
        assertFalse(expected.isEmpty(), apiQuery);
        Map<String, Integer> drawn = new HashMap<>();
        int sum = 0;
        for (Element link : doc.select("#" + id + " svg a")) {
            int n = count(link);
            sum += n;
            assertEquals(null, drawn.put(near(link), n), "one dot per point: " + near(link));
        }
        assertEquals(expected, drawn, "one dot per point with its events, for " + apiQuery);
        assertEquals(
                expected.values().stream().mapToInt(Integer::intValue).sum(),
                sum,
                "the dots add up to the events with coordinates");
        assertTrue(
                doc.selectFirst("#" + id + " figcaption").text().contains(sum + " events"),
                doc.selectFirst("#" + id + " figcaption").text());
    }

    /** Following the dot lists as many events as its title says, each at the dot's point. */
    private static void assertLinkListsExactlyItsEvents(Element link) {
        String href = link.attr("href");
        int n = count(link);
        Document list = html(href);
        assertTrue(
                list.selectFirst("#events-title").text().endsWith("(" + n + ")"),
                href + ": " + list.selectFirst("#events-title").text() + ", the dot says " + n);
        String query = href.substring(2).replaceAll("(^|&)(near|radius)=[^&]*", "");
        JsonPath json =
                given().urlEncodingEnabled(false)
                        .get("/api/events?status=confirmed&size=200&" + href.substring(2))
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertEquals(n, json.getInt("total"), href);
        for (Map<String, Object> place : json.<Map<String, Object>>getList("items.place")) {
            assertEquals(
                    near(link),
                    point(
                            ((Number) place.get("latitude")).doubleValue(),
                            ((Number) place.get("longitude")).doubleValue()),
                    href + " (filter " + query + ")");
        }
    }

    private static int count(Element link) {
        Matcher m = COUNT.matcher(link.selectFirst("title").text());
        assertTrue(m.find(), link.outerHtml());
        return Integer.parseInt(m.group(1));
    }

    /** The dot's point as its link names it, {@code "52.52437,13.41053"}. */
    private static String near(Element link) {
        Matcher m = Pattern.compile("[?&]near=([^&]+)").matcher(link.attr("href"));
        assertTrue(m.find(), link.attr("href"));
        return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }

    private static String point(double latitude, double longitude) {
        return String.format(java.util.Locale.ROOT, "%.5f,%.5f", latitude, longitude);
    }

    /** What the page loads (src, and the map's image) from anywhere but this origin. */
    private static List<String> offsite(String page) {
        List<String> found = new ArrayList<>();
        for (Element e : Jsoup.parse(page).select("[src], image[href], link[href]")) {
            String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            if (!url.startsWith("/") || url.startsWith("//")) {
                found.add(e.tagName() + " " + url);
            }
        }
        return found;
    }

    private static Document html(String path) {
        return Jsoup.parse(
                given().urlEncodingEnabled(false)
                        .get(path)
                        .then()
                        .statusCode(200)
                        .contentType(startsWith("text/html"))
                        .extract()
                        .asString());
    }
}
