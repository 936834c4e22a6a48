package dev.rustyevents.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustyevents.http.NamedFeed;
import dev.rustyevents.support.FixtureSite;
import dev.rustyevents.support.Ical4j;
import dev.rustyevents.support.IcalJs;
import dev.rustyevents.support.PythonIcalendar;
import dev.rustyevents.support.TestOrigin;
import io.quarkus.test.junit.DisabledOnIntegrationTest;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class CalendarResourceTest {

    private static final String WINDOW = "from=2026-07-01&to=2026-12-31";

    @BeforeEach
    void load() {
        FixtureSite.load();
    }

    private static byte[] get(String path) {
        return given().get(path)
                .then()
                .statusCode(200)
                .header("Content-Type", is("text/calendar; charset=utf-8"))
                .extract()
                .asByteArray();
    }

    private static Calendar parse(byte[] ics) throws Exception {
        return Ical4j.parse(ics);
    }

    @Test
    void shouldValidateWithIcal4jsValidator() throws Exception {
        Calendar calendar = parse(get("/calendar.ics?" + WINDOW));
        ValidationResult result = calendar.validate();
        assertFalse(result.hasErrors(), result.toString());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertTrue(events.size() > 40, "events: " + events.size());
    }

    @Test
    void shouldParseInMozillasIcalJsAsAllDayEvents() throws Exception {
        JsonNode parsed = IcalJs.parse(get("/calendar.ics?" + WINDOW));
        assertEquals("Rust events · from 2026-07-01 to 2026-12-31", parsed.get("calname").asText());
        JsonNode events = parsed.get("events");
        assertTrue(events.size() > 40);
        Set<String> uids = new HashSet<>();
        for (JsonNode e : events) {
            assertTrue(e.get("isDate").asBoolean(), "all-day: " + e);
            assertTrue(
                    e.get("end").asText().compareTo(e.get("start").asText()) > 0,
                    "DTEND after DTSTART: " + e);
            assertEquals("CONFIRMED", e.get("status").asText());
            assertTrue(uids.add(e.get("uid").asText()), "duplicate UID " + e.get("uid"));
        }
    }

    @Test
    void shouldReturnTheSameEventsAsTheApiForTheSameFilters() {
        for (String query :
                List.of(
                        WINDOW,
                        WINDOW + "&country=DE",
                        WINDOW + "&region=north-america&mode=hybrid",
                        WINDOW + "&q=rust")) {
            List<String> api =
                    given().get("/api/events?size=200&" + query).jsonPath().getList("items.id");
            List<String> feed = uids(get("/calendar.ics?" + query));
            assertEquals(api, feed, query);
        }
    }

    @Test
    void shouldWriteAMultiDayEventWithAnExclusiveEnd() throws Exception {
        String id =
                given().get("/api/events?size=200&" + WINDOW)
                        .jsonPath()
                        .getString("items.find { it.endDate != it.startDate }.id");
        var api = given().get("/api/events/" + id).jsonPath();
        VEvent vevent =
                parse(get("/calendar.ics?" + WINDOW)).<VEvent>getComponents("VEVENT").stream()
                        .filter(v -> v.getUid().orElseThrow().getValue().equals(id))
                        .findFirst()
                        .orElseThrow();
        assertEquals(
                api.getString("startDate").replace("-", ""),
                vevent.getProperty("DTSTART").orElseThrow().getValue());
        String dayAfterEnd =
                java.time.LocalDate.parse(api.getString("endDate"))
                        .plusDays(1)
                        .toString()
                        .replace("-", "");
        assertEquals(
                dayAfterEnd,
                vevent.getProperty("DTEND").orElseThrow().getValue(),
                "RFC 5545 §3.6.1: DTEND is exclusive");
    }

    @Test
    void shouldServeTheVirtualFeedWithVirtualAndHybridEventsOnly() throws Exception {
        Calendar calendar = parse(get("/calendars/virtual.ics?" + WINDOW));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertFalse(events.isEmpty());
        for (VEvent v : events) {
            String categories = v.getProperty("CATEGORIES").orElseThrow().getValue();
            assertTrue(categories.contains("virtual") || categories.contains("hybrid"), categories);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"europe", "north-america", "asia", "oceania"})
    void shouldServeRegionFeedsWithInPersonAndHybridEventsOfThatRegion(String region)
            throws Exception {
        List<String> feed = uids(get("/calendars/" + region + ".ics?" + WINDOW));
        List<String> api =
                given().get(
                                "/api/events?size=200&mode=in-person&mode=hybrid&region="
                                        + region
                                        + "&"
                                        + WINDOW)
                        .jsonPath()
                        .getList("items.id");
        assertEquals(api, feed);
        assertFalse(feed.isEmpty(), region);
    }

    @Test
    void shouldAnswerAnUnknownFeedNameWithTheValidNames() {
        given().get("/calendars/atlantis.ics")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("allowed", hasItem("virtual"))
                .body("allowed", hasItem("south-america"));
    }

    @Test
    void shouldAnswer304ToAConditionalGet() {
        String etag =
                given().get("/calendar.ics?" + WINDOW)
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag");
        assertTrue(etag.startsWith("\""), etag);
        given().header("If-None-Match", etag).get("/calendar.ics?" + WINDOW).then().statusCode(304);
        given().header("If-None-Match", "\"other\", W/" + etag)
                .get("/calendar.ics?" + WINDOW)
                .then()
                .statusCode(304)
                .header("ETag", is(etag));
        given().header("If-None-Match", "W/\"other\"")
                .get("/calendar.ics?" + WINDOW)
                .then()
                .statusCode(200);
        given().get("/calendar.ics?" + WINDOW)
                .then()
                .header("ETag", is(etag))
                .header("Cache-Control", containsString("max-age="));
    }

    @Test
    void shouldParseEveryNamedFeedAndAGroupFeedInEveryClientParser() throws Exception {
        List<String> paths =
                new java.util.ArrayList<>(NamedFeed.all().stream().map(NamedFeed::path).toList());
        paths.add("/groups/" + someGroupSlug() + "/calendar.ics");
        for (String path : paths) {
            byte[] ics = get(path + "?" + WINDOW);
            Calendar calendar = parse(ics);
            assertFalse(calendar.validate().hasErrors(), path + ": " + calendar.validate());
            List<String> uids = uids(ics);
            assertEquals(uids.size(), new HashSet<>(uids).size(), path + ": UIDs are unique");
            JsonNode js = IcalJs.parse(ics);
            JsonNode py = PythonIcalendar.parse(ics);
            assertTrue(js.get("method").isNull(), path + ": no METHOD in ical.js");
            assertEquals("None", py.get("method").asText(), path + ": no METHOD in python");
            assertFalse(
                    new String(ics, StandardCharsets.UTF_8).contains("ORGANIZER"),
                    path + ": no ORGANIZER without METHOD:PUBLISH");
            assertEquals(uids, ids(js), path + " in ical.js");
            assertEquals(uids, ids(py), path + " in python-icalendar");
            for (JsonNode e : py.get("events")) {
                assertTrue(e.get("isDate").asBoolean(), path + ": all-day " + e);
                assertTrue(
                        e.get("end").asText().compareTo(e.get("start").asText()) > 0,
                        path + ": DTEND after DTSTART " + e);
            }
        }
    }

    private static List<String> ids(JsonNode parsed) {
        List<String> list = new java.util.ArrayList<>();
        parsed.get("events").forEach(e -> list.add(e.get("uid").asText()));
        return list;
    }

    private static String someGroupSlug() {
        return given().get("/api/events?size=200&" + WINDOW + "&country=DE")
                .jsonPath()
                .getString("items[0].groupSlug");
    }

    @Test
    void shouldNameEachFeedAfterItsFilter() throws Exception {
        String slug = someGroupSlug();
        String group =
                given().get("/api/events?size=1&" + WINDOW + "&group=" + slug)
                        .jsonPath()
                        .getString("items[0].groupName");
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        names.put("/calendar.ics", "Rust events");
        names.put("/calendar.ics?country=DE", "Rust events in Germany");
        names.put("/calendar.ics?mode=virtual", "Virtual-only Rust events");
        names.put("/calendar.ics?q=async", "Rust events matching “async”");
        names.put(
                "/calendar.ics?country=de&" + WINDOW,
                "Rust events in Germany · from 2026-07-01 to 2026-12-31");
        names.put("/calendars/virtual.ics", "Virtual Rust events");
        names.put("/calendars/europe.ics", "Rust events in Europe · in person");
        names.put(
                "/calendars/europe.ics?country=FR", "Rust events in France or Europe · in person");
        names.put("/groups/" + slug + "/calendar.ics", "Rust events of " + group);
        for (var entry : names.entrySet()) {
            byte[] ics = get(entry.getKey());
            Calendar calendar = parse(ics);
            String path = entry.getKey();
            assertEquals(
                    entry.getValue(), calendar.getProperty("NAME").orElseThrow().getValue(), path);
            assertEquals(
                    entry.getValue(),
                    calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue(),
                    path);
            assertEquals(
                    calendar.getProperty("DESCRIPTION").orElseThrow().getValue(),
                    calendar.getProperty("X-WR-CALDESC").orElseThrow().getValue(),
                    path);
            assertEquals(entry.getValue(), IcalJs.parse(ics).get("calname").asText(), path);
            assertEquals(
                    entry.getValue(), PythonIcalendar.parse(ics).get("calname").asText(), path);
        }
    }

    @Test
    void shouldNameItsOwnSourceAndRefreshInterval() throws Exception {
        Calendar calendar =
                parse(get("/calendars/europe.ics?country=de&mode=hybrid&utm_source=x&" + WINDOW));
        String source =
                TestOrigin.url()
                        + "/calendars/europe.ics?country=de&mode=hybrid&from=2026-07-01&to=2026-12-31";
        assertEquals(
                source,
                calendar.getProperty("SOURCE").orElseThrow().getValue(),
                "known parameters, fixed order");
        assertEquals(source, calendar.getProperty("URL").orElseThrow().getValue());
        assertEquals("PT6H", calendar.getProperty("REFRESH-INTERVAL").orElseThrow().getValue());
        assertEquals("PT6H", calendar.getProperty("X-PUBLISHED-TTL").orElseThrow().getValue());
    }

    @Test
    @DisabledOnIntegrationTest(
            "FixedClock (today = 2026-08-19) is a test bean; the artifact runs on the real clock, after the fixture's events")
    void shouldServeAGroupsFeedWithTheGroupsEventsOnly() {
        String slug = someGroupSlug();
        List<String> api =
                given().get("/api/events?size=200&from=2026-07-20&group=" + slug)
                        .jsonPath()
                        .getList("items.id");
        assertFalse(api.isEmpty());
        assertEquals(api, uids(get("/groups/" + slug + "/calendar.ics")));
    }

    @Test
    void shouldAnswerAnUnknownGroupWithSimilarSlugs() {
        String slug = someGroupSlug();
        String typo = slug + slug.charAt(slug.length() - 1);
        given().get("/groups/" + typo + "/calendar.ics")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("allowed", hasItem(slug));
    }

    @Test
    @DisabledOnIntegrationTest(
            "FixedClock (today = 2026-08-19) is a test bean; the artifact runs on the real clock, after the fixture's events")
    void shouldStartTheDefaultWindowThirtyDaysAgo() {
        // FixedClock: today is 2026-08-19, so the feed starts on 2026-07-20.
        List<String> fromWindowStart =
                given().get("/api/events?size=200&from=2026-07-20").jsonPath().getList("items.id");
        List<String> fromToday = given().get("/api/events?size=200").jsonPath().getList("items.id");
        assertTrue(
                fromWindowStart.size() > fromToday.size(),
                "the fixture has events in the last 30 days");
        assertEquals(fromWindowStart, uids(get("/calendar.ics")));
        assertEquals(fromToday, uids(get("/calendar.ics?past_days=0")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "past_days=-1",
                "past_days=ten",
                "past_days=10000",
                "past_days=3&from=2026-01-01",
                "subdivision=WA",
                "subdivision=XX-WA",
                "country=UK",
                "mode=remote"
            })
    void shouldRejectABadFeedParameterWithAProblem(String query) {
        given().get("/calendar.ics?" + query)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "parameter",
                        is(
                                query.startsWith("past_days")
                                        ? "past_days"
                                        : query.substring(0, query.indexOf('='))));
    }

    @Test
    void shouldFilterBySubdivisionAndByRepeatedGroups() {
        List<String> washington =
                given().get("/api/events?size=200&" + WINDOW + "&subdivision=US-WA")
                        .jsonPath()
                        .getList("items.id");
        List<String> subdivisions =
                given().get("/api/events?size=200&" + WINDOW + "&subdivision=US-WA")
                        .jsonPath()
                        .getList("items.subdivision");
        assertFalse(washington.isEmpty());
        assertTrue(subdivisions.stream().allMatch("WA"::equals), subdivisions.toString());
        assertEquals(washington, uids(get("/calendar.ics?" + WINDOW + "&subdivision=us-wa")));

        List<String> slugs =
                given().get("/api/events?size=200&" + WINDOW + "&country=DE")
                        .jsonPath()
                        .getList("items.groupSlug");
        String a = slugs.get(0);
        String b = slugs.stream().filter(x -> !x.equals(a)).findFirst().orElseThrow();
        List<String> both = uids(get("/calendar.ics?" + WINDOW + "&group=" + a + "&group=" + b));
        List<String> one = uids(get("/calendar.ics?" + WINDOW + "&group=" + a));
        assertTrue(both.containsAll(one) && both.size() > one.size(), both + " vs " + one);
        assertEquals(
                given().get("/api/events?size=200&" + WINDOW + "&group=" + a + "&group=" + b)
                        .jsonPath()
                        .getList("items.id"),
                both);
    }

    @Test
    void shouldAnswerHeadWithHeadersOnly() {
        var get = given().get("/calendars/europe.ics?" + WINDOW).then().statusCode(200).extract();
        var head = given().head("/calendars/europe.ics?" + WINDOW).then().statusCode(200).extract();
        assertEquals(get.header("ETag"), head.header("ETag"));
        assertEquals(get.header("Last-Modified"), head.header("Last-Modified"));
        assertEquals(0, head.asByteArray().length);
    }

    @Test
    void shouldGzipOnlyWhenAskedAndTagEachEncoding() throws Exception {
        var plain =
                given().config(identityOnly())
                        .get("/calendar.ics?" + WINDOW)
                        .then()
                        .statusCode(200)
                        .extract();
        assertEquals(null, plain.header("Content-Encoding"));
        var zipped =
                given().config(identityOnly())
                        .header("Accept-Encoding", "gzip")
                        .get("/calendar.ics?" + WINDOW)
                        .then()
                        .statusCode(200)
                        .header("Content-Encoding", "gzip")
                        .header("Vary", containsString("Accept-Encoding"))
                        .extract();
        byte[] unzipped =
                new java.util.zip.GZIPInputStream(
                                new java.io.ByteArrayInputStream(zipped.asByteArray()))
                        .readAllBytes();
        assertEquals(
                new String(plain.asByteArray(), StandardCharsets.UTF_8),
                new String(unzipped, StandardCharsets.UTF_8));
        assertFalse(
                plain.header("ETag").equals(zipped.header("ETag")),
                "RFC 9110 §8.8.3: each encoding its own strong tag");
        given().config(identityOnly())
                .header("Accept-Encoding", "gzip;q=0")
                .get("/calendar.ics?" + WINDOW)
                .then()
                .statusCode(200)
                .header("Content-Encoding", (String) null);
        given().config(identityOnly())
                .header("Accept-Encoding", "gzip")
                .header("If-None-Match", zipped.header("ETag"))
                .get("/calendar.ics?" + WINDOW)
                .then()
                .statusCode(304)
                .header("ETag", zipped.header("ETag"));
    }

    private static io.restassured.config.RestAssuredConfig identityOnly() {
        return io.restassured.RestAssured.config()
                .decoderConfig(
                        io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders());
    }

    @Test
    void shouldAnswer304ToIfModifiedSinceAndSayPublic() {
        var first =
                given().get("/calendars/virtual.ics?" + WINDOW)
                        .then()
                        .statusCode(200)
                        .header("Cache-Control", is("public, max-age=3600"))
                        .extract();
        String lastModified = first.header("Last-Modified");
        assertTrue(lastModified != null && lastModified.endsWith(" GMT"), lastModified);
        given().header("If-Modified-Since", lastModified)
                .get("/calendars/virtual.ics?" + WINDOW)
                .then()
                .statusCode(304);
        given().header("If-Modified-Since", "Thu, 01 Jan 2015 00:00:00 GMT")
                .get("/calendars/virtual.ics?" + WINDOW)
                .then()
                .statusCode(200);
        // RFC 9110 §13.2.2: If-None-Match decides when both are present.
        given().header("If-Modified-Since", lastModified)
                .header("If-None-Match", "\"other\"")
                .get("/calendars/virtual.ics?" + WINDOW)
                .then()
                .statusCode(200);
    }

    @Test
    void shouldAllowAnyOriginToGet() {
        given().header("Origin", "https://rust-meetup.example")
                .get("/calendar.ics?" + WINDOW)
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void shouldListTheNamedFeedsWithSubscribeLinks() {
        var feeds = given().get("/api/feeds").then().statusCode(200).extract().jsonPath();
        assertEquals(NamedFeed.all().size(), feeds.getList("$").size());
        assertEquals(
                TestOrigin.url() + "/calendars/europe.ics",
                feeds.getString("find { it.name == 'europe' }.url"));
        assertEquals(
                TestOrigin.webcal() + "/calendars/europe.ics",
                feeds.getString("find { it.name == 'europe' }.webcal"));
        assertEquals(
                "https://calendar.google.com/calendar/render?cid="
                        + URLEncoder.encode(
                                TestOrigin.webcal() + "/calendar.ics", StandardCharsets.UTF_8),
                feeds.getString("find { it.name == 'all' }.google"));
        for (String url : feeds.<String>getList("url")) {
            given().get(url.replace(TestOrigin.url(), "")).then().statusCode(200);
        }
    }

    private static List<String> uids(byte[] ics) {
        try {
            return parse(ics).<VEvent>getComponents("VEVENT").stream()
                    .map(v -> v.getUid().orElseThrow().getValue())
                    .toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
