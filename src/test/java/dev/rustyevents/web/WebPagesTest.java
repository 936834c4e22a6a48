package dev.rustyevents.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustyevents.support.ApiHistory;
import dev.rustyevents.support.ApiHistoryProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTML pages over HTTP, on real issues from 2024 to 2026 ({@link ApiHistory}): the same events
 * as the API for the same query, the subscribe and embed addresses, history, JSON-LD, statistics,
 * errors, escaping, headers and size. What needs a browser (the form, JavaScript, accessibility,
 * the iframe) is {@link BrowserTest}'s.
 */
@QuarkusTest
@TestProfile(ApiHistoryProfile.class)
class WebPagesTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-08-19");

    @Inject ApiHistory history;

    @BeforeEach
    void load() {
        history.load();
    }

    @Test
    void shouldListTheSameUpcomingEventsAsTheApiByWeekInUnder100Kilobytes() {
        Response page =
                given().get("/")
                        .then()
                        .statusCode(200)
                        .contentType(startsWith("text/html"))
                        .extract()
                        .response();
        byte[] bytes = page.asByteArray();
        assertTrue(bytes.length < 100_000, "the default view's HTML is " + bytes.length + " bytes");
        Document doc = Jsoup.parse(page.asString());
        List<String> api =
                given().get("/api/events?status=confirmed&size=" + WebPages.PAGE_SIZE)
                        .jsonPath()
                        .getList("items.id");
        assertEquals(api, ids(doc), "the page lists what /api/events lists, in its order");
        assertFalse(api.isEmpty());
        for (Element week : doc.select("section.week")) {
            LocalDate monday =
                    LocalDate.parse(week.selectFirst("h3").id().substring("week-".length()));
            for (Element time : week.select("li.event time")) {
                LocalDate start = LocalDate.parse(time.attr("datetime"));
                assertTrue(
                        !start.isBefore(monday) && start.isBefore(monday.plusWeeks(1))
                                || start.isBefore(TODAY),
                        start + " is in the week of " + monday + " (or began before today)");
            }
        }
        assertEquals("This week · 17 – 23 Aug 2026", doc.selectFirst("section.week h3").text());
        int total = given().get("/api/events?status=confirmed&size=1").jsonPath().getInt("total");
        assertTrue(doc.selectFirst("#events-title").text().contains("(" + total + ")"));
    }

    @Test
    void shouldFilterAsTheApiDoesAndSubscribeAndEmbedTheSameQuery() {
        String query = "region=europe&mode=in-person";
        Document doc = html("/?" + query + "&q=&country=");
        List<String> api =
                given().get("/api/events?status=confirmed&size=50&" + query)
                        .jsonPath()
                        .getList("items.id");
        assertEquals(api, ids(doc));
        assertFalse(api.isEmpty());
        Map<String, String> all =
                given().get("/api/feeds").jsonPath().getMap("find { it.name == 'all' }");
        assertEquals(
                all.get("url") + "?" + query,
                doc.getElementById("feed-url").val(),
                "the API's feed with the page's filter");
        assertEquals(
                all.get("webcal") + "?" + query,
                doc.getElementById("subscribe-webcal").attr("href"));
        assertEquals(
                "https://calendar.google.com/calendar/render?cid="
                        + java.net.URLEncoder.encode(
                                all.get("webcal") + "?" + query,
                                java.nio.charset.StandardCharsets.UTF_8),
                doc.getElementById("subscribe-google").attr("href"));
        String base = all.get("url").replace("/calendar.ics", "");
        assertTrue(
                doc.getElementById("embed-code")
                        .val()
                        .contains("src=\"" + base + "/embed?region=europe&amp;mode=in-person\""),
                doc.getElementById("embed-code").val());
        assertEquals("europe", doc.select("#f-region option[selected]").val());
        assertEquals("in-person", doc.select("#f-mode option[selected]").val());
    }

    @Test
    void shouldSubscribeToTheApisAllFeedWithoutAFilter() {
        Document doc = html("/");
        Map<String, String> all =
                given().get("/api/feeds").jsonPath().getMap("find { it.name == 'all' }");
        assertEquals(all.get("url"), doc.getElementById("feed-url").val());
        assertEquals(all.get("webcal"), doc.getElementById("subscribe-webcal").attr("href"));
        assertEquals(all.get("google"), doc.getElementById("subscribe-google").attr("href"));
    }

    @Test
    void shouldAnswerABadFilterWith400AndTheReasonBesideTheForm() {
        Response page =
                given().get("/?country=UK")
                        .then()
                        .statusCode(400)
                        .contentType(startsWith("text/html"))
                        .extract()
                        .response();
        Document doc = Jsoup.parse(page.asString());
        assertTrue(
                doc.getElementById("filter-error").text().contains("the United Kingdom is GB"),
                doc.getElementById("filter-error").text());
        assertNotNull(doc.selectFirst("form.filters"));
        given().get("/?page=0").then().statusCode(400);
        given().get("/?page=999").then().statusCode(400);
        given().get("/embed?limit=51")
                .then()
                .statusCode(400)
                .body(containsString("between 1 and 50"));
    }

    @Test
    void shouldEscapeWhatTheVisitorTyped() {
        String hostile = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>";
        Document doc =
                Jsoup.parse(
                        given().queryParam("q", hostile)
                                .get("/")
                                .then()
                                .statusCode(200)
                                .extract()
                                .asString());
        assertEquals(hostile, doc.getElementById("f-q").val(), "shown back as typed, as text");
        assertTrue(doc.select("script:not([src])").isEmpty(), "no script but the site's own file");
        assertTrue(doc.select("img[onerror]").isEmpty());
    }

    @Test
    void shouldShowAnEventWithItsHistoryAndSchemaOrgJsonLd() throws Exception {
        List<Map<String, Object>> events =
                given().get("/api/events?from=2000-01-01&size=200&sort=-date")
                        .jsonPath()
                        .getList("items");
        Map<String, Object> listedOften =
                events.stream()
                        .filter(e -> (int) e.get("lastIssue") > (int) e.get("firstIssue"))
                        .findFirst()
                        .orElseThrow();
        String id = (String) listedOften.get("id");
        List<Integer> issues = given().get("/api/events/" + id).jsonPath().getList("issues");
        Document doc = html("/events/" + id);
        assertEquals(listedOften.get("title"), doc.selectFirst("h1").text());
        assertEquals(
                issues,
                doc.select("table.history tbody th").eachText().stream()
                        .map(Integer::valueOf)
                        .toList());
        JsonNode ld =
                new ObjectMapper()
                        .readTree(doc.selectFirst("script[type=application/ld+json]").data());
        assertEquals("Event", ld.get("@type").asText());
        assertEquals(listedOften.get("title"), ld.get("name").asText());
        assertEquals(listedOften.get("startDate"), ld.get("startDate").asText().substring(0, 10));
        given().get("/events/no-such-event")
                .then()
                .statusCode(404)
                .contentType(startsWith("text/html"));
        given().get("/events/%00").then().statusCode(404);
    }

    @Test
    void shouldShowAGroupWithItsOwnFeed() {
        String slug =
                given().get("/api/events?size=1&group=rust-nyc")
                        .jsonPath()
                        .getString("items[0].groupSlug");
        String group =
                slug != null
                        ? slug
                        : given().get("/api/events?size=1")
                                .jsonPath()
                                .getString("items[0].groupSlug");
        Document doc = html("/groups/" + group);
        Map<String, String> feed = given().get("/api/groups/" + group).jsonPath().getMap("feed");
        assertEquals(feed.get("url"), doc.getElementById("feed-url").val());
        assertEquals(feed.get("webcal"), doc.getElementById("subscribe-webcal").attr("href"));
        List<String> upcoming =
                given().get("/api/groups/" + group + "/events?size=200&status=confirmed")
                        .jsonPath()
                        .getList("items.id");
        assertEquals(
                upcoming,
                doc.select("#upcoming-title ~ ul.events li.event a.title").eachAttr("href").stream()
                        .map(h -> h.substring("/events/".length()))
                        .toList());
        given().get("/groups/no-such-group-at-all")
                .then()
                .statusCode(404)
                .contentType(startsWith("text/html"));
    }

    @Test
    void shouldCountEventsPerMonthAndRegionWithEveryMonthInTheTable() {
        Document doc = html("/stats");
        Response api = given().get("/api/stats").then().statusCode(200).extract().response();
        List<String> months =
                new ArrayList<>(doc.select("table.stats tbody th time").eachAttr("datetime"));
        assertTrue(
                months.get(0).compareTo(months.get(months.size() - 1)) > 0, "newest month first");
        java.util.Collections.reverse(months);
        YearMonth first = YearMonth.parse(months.get(0));
        YearMonth last = YearMonth.parse(months.get(months.size() - 1));
        assertEquals(
                first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1,
                months.size(),
                "no month left out");
        long total = Long.parseLong(doc.select("table.stats tfoot td").last().text());
        long rowSum =
                doc.select("table.stats tbody tr").stream()
                        .mapToLong(r -> Long.parseLong(r.select("td").last().text()))
                        .sum();
        assertEquals(total, rowSum);
        assertTrue(total > 300, "events counted: " + total);
        assertEquals(api.jsonPath().getLong("total"), total, "the same count as /api/stats");
        assertEquals(api.jsonPath().getList("periods.period"), months);
        List<String> europe =
                new ArrayList<>(
                        doc.select("table.stats tbody tr").stream()
                                .map(r -> r.select("td").get(2).text())
                                .toList());
        java.util.Collections.reverse(europe);
        assertEquals(
                api.jsonPath().getList("periods.byRegion.europe").stream()
                        .map(n -> n == null ? "0" : n.toString())
                        .toList(),
                europe,
                "Europe's column");
        Response chart =
                given().get("/stats/chart.svg")
                        .then()
                        .statusCode(200)
                        .contentType(startsWith("image/svg+xml"))
                        .extract()
                        .response();
        assertTrue(chart.asString().contains("<svg"));
        assertEquals("/stats/chart.svg", doc.selectFirst("figure.chart img").attr("src"));
        assertFalse(doc.selectFirst("figure.chart img").attr("alt").isBlank());
        assertEquals(
                List.of("/stats/chart-narrow.svg", "/stats/chart-medium.svg"),
                doc.select("figure.chart picture source").eachAttr("srcset"),
                "narrower forms, narrowest first");
        for (String form : List.of("chart-narrow.svg", "chart-medium.svg")) {
            String csp =
                    given().get("/stats/" + form)
                            .then()
                            .statusCode(200)
                            .contentType(startsWith("image/svg+xml"))
                            .extract()
                            .header("Content-Security-Policy");
            assertEquals(chart.header("Content-Security-Policy"), csp, form);
        }
    }

    @Test
    void shouldEmbedACompactListThatOtherSitesMayFrame() {
        Response embed =
                given().get("/embed?mode=virtual&limit=5")
                        .then()
                        .statusCode(200)
                        .extract()
                        .response();
        Document doc = Jsoup.parse(embed.asString());
        List<String> api =
                given().get("/api/events?status=confirmed&size=5&mode=virtual")
                        .jsonPath()
                        .getList("items.title");
        assertEquals(api, doc.select("ul.events li a").eachText());
        assertTrue(
                doc.select("ul.events li a").eachAttr("target").stream().allMatch("_blank"::equals),
                "links leave the frame");
        String csp = embed.header("Content-Security-Policy");
        assertFalse(csp.contains("frame-ancestors"), "any site may frame the embed: " + csp);
        assertFalse(csp.contains("script-src"), "no script in the embed: " + csp);
        assertTrue(
                given().get("/")
                        .header("Content-Security-Policy")
                        .contains("frame-ancestors 'none'"));
        assertEquals("Virtual-only Rust events", doc.selectFirst("h1").text());
    }

    @Test
    void shouldAnswerARepeatedRequestWith304() {
        Response first =
                given().get("/?region=europe")
                        .then()
                        .statusCode(200)
                        .header("Cache-Control", "no-cache")
                        .extract()
                        .response();
        given().header("If-None-Match", first.header("ETag"))
                .get("/?region=europe")
                .then()
                .statusCode(304);
    }

    @Test
    void shouldTitleThePageByItsFilterAndAdvertiseItsFeeds() {
        Document doc = html("/?country=de&mode=virtual");
        String name = "Virtual-only Rust events in Germany";
        assertEquals(name + " · Rusty Events", doc.title());
        assertEquals(
                "/feeds/events.atom?country=de&mode=virtual",
                doc.selectFirst("head link[rel=alternate][type=application/atom+xml]")
                        .attr("href"));
        assertEquals(
                name + " (Atom)",
                doc.selectFirst("head link[rel=alternate][type=application/atom+xml]")
                        .attr("title"));
        assertEquals(
                "/calendar.ics?country=de&mode=virtual",
                doc.selectFirst("head link[rel=alternate][type=text/calendar]").attr("href"));
        String group = given().get("/api/events?size=1").jsonPath().getString("items[0].groupSlug");
        assertEquals(
                "/groups/" + group + "/calendar.ics",
                html("/groups/" + group)
                        .selectFirst("head link[rel=alternate][type=text/calendar]")
                        .attr("href"));
        assertEquals(
                "/feeds/events.atom",
                html("/stats")
                        .selectFirst("head link[rel=alternate][type=application/atom+xml]")
                        .attr("href"),
                "a page without a filter advertises every event");
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
