package dev.rustyevents.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustyevents.support.FixtureSite;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every page renders, in the JVM and ({@link PagesIT}) in the native executable, where the
 * precompiled jte templates and the chart library must work without reflection configuration. The
 * fixture site's issues 662-665 (August 2026); an explicit {@code from} because the artifact runs
 * on the real clock.
 */
@QuarkusTest
class PagesTest {

    private static final String FROM = "from=2026-08-01";

    @BeforeEach
    void load() {
        FixtureSite.load();
    }

    @Test
    void shouldRenderTheMainPageWithTheApisEvents() {
        Document doc = html("/?" + FROM + "&region=europe");
        List<String> api =
                given().get("/api/events?status=confirmed&size=50&region=europe&" + FROM)
                        .jsonPath()
                        .getList("items.id");
        assertFalse(api.isEmpty());
        assertEquals(
                api,
                doc.select("li.event a.title").eachAttr("href").stream()
                        .map(h -> h.substring("/events/".length()))
                        .toList());
        assertTrue(
                doc.getElementById("feed-url")
                        .val()
                        .endsWith("/calendar.ics?region=europe&from=2026-08-01"));
    }

    @Test
    void shouldRenderAnEventAGroupAndTheEmbed() throws Exception {
        String id = given().get("/api/events?size=1&" + FROM).jsonPath().getString("items[0].id");
        String title =
                given().get("/api/events?size=1&" + FROM).jsonPath().getString("items[0].title");
        Document event = html("/events/" + id);
        assertEquals(title, event.selectFirst("h1").text());
        JsonNode ld =
                new ObjectMapper()
                        .readTree(event.selectFirst("script[type=application/ld+json]").data());
        assertEquals(title, ld.get("name").asText());
        String slug =
                given().get("/api/events?size=1&" + FROM)
                        .jsonPath()
                        .getString("items[0].groupSlug");
        assertTrue(
                html("/groups/" + slug)
                        .getElementById("feed-url")
                        .val()
                        .endsWith("/groups/" + slug + "/calendar.ics"));
        assertEquals(3, html("/embed?limit=3&" + FROM).select("ul.events li").size());
    }

    @Test
    void shouldRenderTheStatisticsAndTheirChart() {
        Document stats = html("/stats");
        assertFalse(stats.select("table.stats tbody tr").isEmpty());
        String svg =
                given().get("/stats/chart.svg")
                        .then()
                        .statusCode(200)
                        .contentType(startsWith("image/svg+xml"))
                        .extract()
                        .asString();
        assertTrue(
                svg.contains("<svg") && svg.contains("Europe"),
                "a chart with a legend: " + svg.substring(0, Math.min(200, svg.length())));
    }

    @Test
    void shouldDrawTheMapsOfPlacesWithTheirOutline() {
        Document stats = html("/stats");
        assertFalse(stats.select("#history-map svg a circle").isEmpty(), "/stats maps its places");
        Document main = html("/?" + FROM + "&region=europe");
        assertFalse(main.select("#events-map svg a circle").isEmpty(), "the page maps its places");
        String href = stats.selectFirst("#history-map svg image").attr("href");
        assertTrue(href.matches("/assets/[0-9a-f]{12}/world\\.svg"), href);
        String svg =
                given().get(href)
                        .then()
                        .statusCode(200)
                        .contentType(startsWith("image/svg+xml"))
                        .header("Cache-Control", "public, max-age=31536000, immutable")
                        .extract()
                        .asString();
        assertTrue(svg.contains("class=\"land\""), "the outline: " + svg.length() + " chars");
        String dot = main.selectFirst("#events-map svg a").attr("href");
        Document place = html(dot);
        assertFalse(place.select("li.event").isEmpty(), dot + " lists the place's events");
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
}
