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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The distance filter on the pages over real issues ({@link ApiHistory}): {@code near} and {@code
 * radius} on {@code /} list what {@code /api/events} lists for the same query, each event with its
 * distance; the summary, the radius menu, the subscribe links and the embed carry the filter; a bad
 * value is the page's 400 with the field marked and the likely fix.
 */
@QuarkusTest
@TestProfile(ApiHistoryProfile.class)
class NearPagesTest {

    /** From 2024 on: the history's Berlin events are mostly past on its fixed day, 2026-08-19. */
    private static final String QUERY = "from=2024-01-01&near=Berlin&radius=50";

    @Inject ApiHistory history;

    @BeforeEach
    void load() {
        history.load();
    }

    @Test
    void shouldListWhatTheApiListsNearBerlinWithEachDistance() {
        Document doc = html("/?" + QUERY);
        JsonPath api =
                given().get("/api/events?status=confirmed&size=" + WebPages.PAGE_SIZE + "&" + QUERY)
                        .jsonPath();
        List<String> ids = api.getList("items.id");
        assertFalse(ids.isEmpty(), "the history has events within 50 km of Berlin");
        assertEquals(ids, ids(doc), "the page lists what /api/events lists, in its order");
        assertEquals(
                api.getList("items.title"), doc.select("li.event a.title").eachText(), "titles");
        assertTrue(
                doc.selectFirst("#events-title").text().contains("(" + api.getInt("total") + ")"),
                doc.selectFirst("#events-title").text());
        List<Map<String, Object>> items = api.getList("items");
        List<Element> rows = doc.select("li.event");
        for (int i = 0; i < rows.size(); i++) {
            double km = ((Number) items.get(i).get("distanceKm")).doubleValue();
            Element distance = rows.get(i).selectFirst(".meta .distance");
            assertNotNull(distance, "event " + ids.get(i) + " shows its distance");
            String text = distance.text();
            if (text.equals("under 1 km away")) {
                assertTrue(km < 0.55, text + " for " + km);
            } else {
                assertTrue(text.matches("[0-9]+ km away"), text);
                double shown = Double.parseDouble(text.substring(0, text.indexOf(' ')));
                assertEquals(km, shown, 0.55, "the API's distanceKm, in whole km");
            }
        }
        assertEquals("Berlin", doc.getElementById("f-near").val());
        assertEquals("50", doc.select("#f-radius option[selected]").val());
        assertTrue(
                doc.selectFirst("#filter-box summary").text().contains("near Berlin, 50 km"),
                doc.selectFirst("#filter-box summary").text());
        assertTrue(doc.title().contains("within 50 km of Berlin"), doc.title());
        assertFalse(
                doc.title().contains("near Berlin"), "the distance is named once: " + doc.title());
        assertNull(
                html("/?from=2024-01-01").selectFirst(".meta .distance"), "no near, no distance");
    }

    @Test
    void shouldSubscribeToTheFeedNearBerlin() {
        Document doc = html("/?" + QUERY);
        Map<String, String> all =
                given().get("/api/feeds").jsonPath().getMap("find { it.name == 'all' }");
        assertEquals(all.get("url") + "?" + QUERY, doc.getElementById("feed-url").val());
        assertEquals(
                all.get("webcal") + "?" + QUERY,
                doc.getElementById("subscribe-webcal").attr("href"));
        assertEquals(
                "https://calendar.google.com/calendar/render?cid="
                        + URLEncoder.encode(
                                all.get("webcal") + "?" + QUERY, StandardCharsets.UTF_8),
                doc.getElementById("subscribe-google").attr("href"));
        assertTrue(
                doc.getElementById("embed-code")
                        .val()
                        .contains("/embed?from=2024-01-01&amp;near=Berlin&amp;radius=50\""),
                doc.getElementById("embed-code").val());
        String feed =
                given().get("/calendar.ics?" + QUERY).then().statusCode(200).extract().asString();
        for (String id : ids(doc)) {
            assertTrue(feed.contains("UID:" + id), "the feed holds " + id);
        }
    }

    @Test
    void shouldOfferTheRadiiWithTheDefaultAsNoValue() {
        Document plain = html("/");
        assertEquals(
                List.of("10", "25", "50", "", "250", "500"),
                plain.select("#f-radius option").eachAttr("value"));
        assertEquals("100 km", plain.select("#f-radius option[selected]").text());
        assertEquals("", plain.getElementById("f-near").val());
        assertTrue(plain.getElementById("near-here").hasAttr("hidden"), "shown by script only");
        assertEquals(
                "100 km",
                html("/?near=Berlin&radius=100").select("#f-radius option[selected]").text());
        Document odd = html("/?near=Berlin&radius=75");
        assertEquals("75", odd.select("#f-radius option[selected]").val(), "kept when not listed");
        assertTrue(odd.selectFirst("#filter-box summary").text().contains("near Berlin, 75 km"));
        assertTrue(
                html("/?near=Berlin")
                        .selectFirst("#filter-box summary")
                        .text()
                        .contains("near Berlin, 100 km"),
                "the default radius is named");
    }

    @Test
    void shouldShowThePageErrorAndTheClosestSpellingForAnUnknownPlace() {
        Document doc = refused("/?near=Brelin&mode=in-person");
        assertTrue(
                doc.getElementById("filter-error").text().contains("Brelin"),
                doc.getElementById("filter-error").text());
        assertEquals("true", doc.getElementById("f-near").attr("aria-invalid"));
        assertEquals("filter-error", doc.getElementById("f-near").attr("aria-describedby"));
        assertEquals("Brelin", doc.getElementById("f-near").val(), "the form keeps what was typed");
        assertNull(doc.getElementById("feed-url"), "no feed for a refused filter");
        Element fix = doc.selectFirst("#filter-fix a");
        assertNotNull(fix, "the likely fix is offered");
        assertEquals("/?mode=in-person&near=Berlin%2CDE-BE", fix.attr("href"));
        given().get("/api/events?near=Brelin").then().statusCode(400);
        given().urlEncodingEnabled(false).get(fix.attr("href")).then().statusCode(200);
    }

    @Test
    void shouldRefuseARadiusWithoutAPlaceAndOfferTheFilterWithoutIt() {
        Document doc = refused("/?radius=50&mode=virtual");
        assertEquals("true", doc.getElementById("f-radius").attr("aria-invalid"));
        assertEquals("/?mode=virtual", doc.selectFirst("#filter-fix a").attr("href"));
        Document coordinates = refused("/?near=91,13");
        assertEquals("true", coordinates.getElementById("f-near").attr("aria-invalid"));
    }

    @Test
    void shouldEmbedTheEventsNearBerlin() {
        Document embed = html("/embed?" + QUERY + "&limit=50");
        List<String> titles =
                given().get("/api/events?status=confirmed&size=50&" + QUERY)
                        .jsonPath()
                        .getList("items.title");
        assertFalse(titles.isEmpty());
        assertEquals(titles, embed.select("ul.events li a").eachText());
        assertTrue(embed.selectFirst("ul.events li .meta").text().contains("km away"));
        assertTrue(embed.selectFirst("h1").text().contains("within 50 km of Berlin"));
        given().get("/embed?near=Brelin").then().statusCode(400);
    }

    private static Document refused(String path) {
        return Jsoup.parse(
                given().get(path)
                        .then()
                        .statusCode(400)
                        .contentType(startsWith("text/html"))
                        .extract()
                        .asString());
    }

    private static Document html(String path) {
        return Jsoup.parse(
                given().get(path)
                        .then()
                        .statusCode(200)
                        .contentType(startsWith("text/html"))
                        .extract()
                        .asString());
    }

    private static List<String> ids(Document doc) {
        return doc.select("li.event a.title").eachAttr("href").stream()
                .map(h -> h.substring("/events/".length()))
                .toList();
    }
}
