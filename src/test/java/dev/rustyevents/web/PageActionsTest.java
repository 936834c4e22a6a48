package dev.rustyevents.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.http.FilterParams;
import dev.rustyevents.http.PublicBase;
import dev.rustyevents.support.ApiHistory;
import dev.rustyevents.support.ApiHistoryProfile;
import dev.rustyevents.support.Ical4j;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the user study asked of the pages, over HTTP on real issues ({@link ApiHistory}): the event
 * page's actions (one-event .ics, Google Calendar template), its status and history sentence, the
 * form's {@code from}/{@code to}, the honest empty states and the refused filter's fix.
 */
@QuarkusTest
@TestProfile(ApiHistoryProfile.class)
class PageActionsTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-08-19");

    @Inject ApiHistory history;
    @Inject WebPages pages;

    @BeforeEach
    void load() {
        history.load();
    }

    @Test
    void shouldOfferTheEventAsItsOwnCalendarFileHoldingOnlyIt() throws Exception {
        String id = given().get("/api/events?size=1").jsonPath().getString("items[0].id");
        Document doc = html("/events/" + id);
        String ics = doc.getElementById("event-ics").attr("href");
        assertEquals("/events/" + id + "/calendar.ics", ics);
        byte[] body =
                given().get(ics)
                        .then()
                        .statusCode(200)
                        .contentType(startsWith("text/calendar"))
                        .extract()
                        .asByteArray();
        Calendar calendar = Ical4j.parse(body);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        assertEquals(id, events.get(0).getUid().orElseThrow().getValue());
        given().get("/events/no-such-event/calendar.ics").then().statusCode(404);
    }

    @Test
    void shouldLinkAGoogleCalendarTemplateWithAllDayDatesEndingTheDayAfter() {
        Map<String, Object> event = given().get("/api/events?size=1").jsonPath().getMap("items[0]");
        Document doc = html("/events/" + event.get("id"));
        String google = doc.getElementById("event-google").attr("href");
        LocalDate start = LocalDate.parse((String) event.get("startDate"));
        LocalDate end = LocalDate.parse((String) event.get("endDate"));
        assertTrue(
                google.startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE&"),
                google);
        assertTrue(
                google.contains(
                        "&dates="
                                + start.toString().replace("-", "")
                                + "/"
                                + end.plusDays(1).toString().replace("-", "")
                                + "&"),
                google);
        assertTrue(
                google.contains(
                        "text="
                                + java.net.URLEncoder.encode(
                                        (String) event.get("title"), StandardCharsets.UTF_8)),
                google);
        assertEquals("Listed", doc.getElementById("event-status").text());
        assertTrue(
                doc.getElementById("listed-in")
                        .text()
                        .matches(
                                "Listed in (1 issue of This Week in Rust \\(TWiR \\d+\\)|\\d+ issues of This Week in Rust, from TWiR \\d+ to TWiR \\d+)\\."),
                doc.getElementById("listed-in").text());
    }

    @Test
    void shouldKeepFromAndToInTheForm() {
        Document doc = html("/?from=2026-09-01&to=2026-09-30");
        assertEquals("2026-09-01", doc.getElementById("f-from").val());
        assertEquals("2026-09-30", doc.getElementById("f-to").val());
        assertEquals("date", doc.getElementById("f-to").attr("type"));
        List<String> api =
                given().get("/api/events?status=confirmed&size=50&from=2026-09-01&to=2026-09-30")
                        .jsonPath()
                        .getList("items.id");
        assertFalse(api.isEmpty());
        assertEquals(
                api,
                doc.select("li.event a.title").eachAttr("href").stream()
                        .map(h -> h.substring("/events/".length()))
                        .toList());
    }

    @Test
    void shouldSayHowManyEventsNoLongerListedAreHiddenSoTheCountsAddUpToTheApis() {
        String query = "from=2024-01-01";
        Document doc = html("/?" + query);
        long api = given().get("/api/events?size=1&" + query).jsonPath().getLong("total");
        long shown = count(doc, "#events-title .count");
        long hidden =
                Long.parseLong(
                        doc.getElementById("hidden-note").text().replaceAll("^(\\d+).*", "$1"));
        assertTrue(hidden > 0, "the history holds delisted events");
        assertEquals(api, shown + hidden);
        assertEquals("/api/events?" + query, doc.selectFirst("#hidden-note a").attr("href"));
    }

    @Test
    void shouldSayWhichFilterFoundNothingAndOfferToClearIt() {
        Document doc = html("/?q=zzzz-no-such-event&mode=virtual");
        String empty = doc.getElementById("empty-state").text();
        assertTrue(empty.contains("No event matches this filter"), empty);
        assertTrue(empty.contains("Virtual") && empty.contains("zzzz-no-such-event"), empty);
        assertEquals("/", doc.selectFirst("#empty-state a").attr("href"));
    }

    @Test
    void shouldNameTheLatestIssueWhenNothingIsUpcomingAndNoFilterIsSet() {
        Html page =
                pages.index(
                        new FilterParams(),
                        PageQuery.of(new MultivaluedHashMap<>()),
                        null,
                        LocalDate.parse("2031-01-01"),
                        PublicBase.of("http", "localhost", 8080));
        assertEquals(200, page.status());
        String empty =
                Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8))
                        .getElementById("empty-state")
                        .text();
        assertTrue(empty.contains("The latest issue read is TWiR 665 of 19 Aug 2026"), empty);
        assertFalse(empty.contains("filter"), empty);
        Document doc = Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8));
        List<String> listed =
                given()
                        .get("/api/issues/665")
                        .jsonPath()
                        .getList("listings.eventId", String.class)
                        .stream()
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .filter(
                                id ->
                                        "confirmed"
                                                .equals(
                                                        given().get("/api/events/" + id)
                                                                .jsonPath()
                                                                .getString("status")))
                        .sorted()
                        .toList();
        assertFalse(listed.isEmpty());
        assertEquals(
                listed,
                doc.select("li.event a.title").eachAttr("href").stream()
                        .map(h -> h.substring("/events/".length()))
                        .sorted()
                        .toList(),
                "the latest issue's events are below the sentence");
        assertTrue(doc.getElementById("events-title").text().contains("TWiR 665"));
    }

    @Test
    void shouldMarkAWeekThatAPageBoundarySplits() {
        String query = "from=2024-01-01";
        List<Map<String, Object>> all =
                given().get("/api/events?status=confirmed&size=200&" + query)
                        .jsonPath()
                        .getList("items");
        int size = WebPages.PAGE_SIZE;
        int split = 0;
        for (int page = 1; page * size < all.size() && page * size < 200; page++) {
            LocalDate lastOfPage =
                    LocalDate.parse((String) all.get(page * size - 1).get("startDate"));
            LocalDate firstOfNext = LocalDate.parse((String) all.get(page * size).get("startDate"));
            boolean sameWeek = Dates.monday(lastOfPage).equals(Dates.monday(firstOfNext));
            Document here = html("/?" + query + (page == 1 ? "" : "&page=" + page));
            Document next = html("/?" + query + "&page=" + (page + 1));
            assertEquals(
                    sameWeek,
                    next.selectFirst("section.week h3").text().contains("(continued"),
                    "page " + (page + 1) + "'s first week");
            assertEquals(
                    sameWeek, here.select("section.week").last().select("p.continues").size() == 1);
            split += sameWeek ? 1 : 0;
        }
        assertTrue(split > 0, "weekly meetups split at least one week of the history");
    }

    @Test
    void shouldOfferTheCountriesOfTheSelectedDaysInTheMenu() {
        String window = "from=2024-04-15&to=2024-05-15";
        Map<String, Long> api =
                given()
                        .get("/api/events?status=confirmed&size=200&" + window)
                        .jsonPath()
                        .getList("items.country", String.class)
                        .stream()
                        .filter(java.util.Objects::nonNull)
                        .collect(
                                java.util.stream.Collectors.groupingBy(
                                        c -> c, java.util.stream.Collectors.counting()));
        assertFalse(api.isEmpty());
        Document doc = html("/?" + window);
        Map<String, Long> menu = new java.util.HashMap<>();
        for (var option : doc.select("#f-country option")) {
            if (!option.val().isEmpty()) {
                menu.put(
                        option.val(),
                        Long.valueOf(option.text().replaceAll(".*\\((\\d+)\\)$", "$1")));
            }
        }
        assertEquals(api, menu, "the menu counts the events of those past days, as they are");
    }

    @Test
    void shouldPageAGroupsPastEvents() {
        List<Map<String, Object>> groups =
                given().get("/api/groups?size=200").jsonPath().getList("items");
        Map<String, Object> busiest =
                groups.stream()
                        .max(
                                java.util.Comparator.comparingInt(
                                        g -> ((Number) g.get("eventCount")).intValue()))
                        .orElseThrow();
        String slug = (String) busiest.get("slug");
        Document first = html("/groups/" + slug);
        long pastTotal = count(first, "#past-title .count");
        long upcoming = count(first, "#upcoming-title .count");
        assertEquals(((Number) busiest.get("eventCount")).longValue(), pastTotal + upcoming);
        assertTrue(pastTotal <= WebPages.PAST_LIMIT, "one HTTP page holds them all");
        assertEquals(pastTotal, first.select("ul.past li.event").size());
        int perPage = 10;
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        int count = 0;
        String next = "1";
        PublicBase base = PublicBase.of("http", "localhost", 8080);
        while (next != null) {
            count++;
            Html html = pages.group(slug, next, TODAY, base, perPage);
            assertEquals(200, html.status());
            Document page = Jsoup.parse(new String(html.body(), StandardCharsets.UTF_8));
            seen.addAll(page.select("ul.past li.event a.title").eachAttr("href"));
            var link = page.selectFirst("nav.pager a[rel=next]");
            next = link == null ? null : link.attr("href").replaceAll(".*page=", "");
        }
        assertEquals(pastTotal, seen.size(), "every past event once, over " + count + " pages");
        assertEquals((pastTotal + perPage - 1) / perPage, count);
        given().get("/groups/" + slug + "?page=" + (count + 1)).then().statusCode(400);
        given().get("/groups/" + slug + "?page=x").then().statusCode(400);
    }

    @Test
    void shouldOfferTheFixForARefusedCountryInsteadOfItsFeed() {
        Document doc =
                Jsoup.parse(
                        given().get("/?country=UK&mode=virtual")
                                .then()
                                .statusCode(400)
                                .extract()
                                .asString());
        assertEquals("/?country=GB&mode=virtual", doc.selectFirst("#filter-fix a").attr("href"));
        assertTrue(doc.getElementById("filter-fix").text().contains("GB (United Kingdom)"));
        assertEquals("true", doc.getElementById("f-country").attr("aria-invalid"));
        assertEquals("filter-error", doc.getElementById("f-country").attr("aria-describedby"));
        assertFalse(doc.getElementById("f-mode").hasAttr("aria-invalid"));
        assertNull(doc.getElementById("feed-url"), "no feed for a filter that answers 400");
        assertNull(doc.getElementById("embed-code"));
        assertNull(doc.getElementById("jump-subscribe"));
        assertNotNull(doc.selectFirst("details#filter-box[open]"), "the form shows the field");
        assertEquals("GR", FilterFix.country("el").orElseThrow());
        assertEquals("DE", FilterFix.country("Germany").orElseThrow());
        assertEquals("DE", FilterFix.country("deu").orElseThrow());
        assertTrue(FilterFix.country("Atlantis").isEmpty());
    }

    /**
     * @return the number in the element's text ("(42)" → 42)
     */
    private static long count(Document doc, String selector) {
        return Long.parseLong(doc.selectFirst(selector).text().replaceAll("\\D", ""));
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
