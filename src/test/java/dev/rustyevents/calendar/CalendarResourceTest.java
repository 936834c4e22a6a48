package dev.rustyevents.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustyevents.support.FixtureSite;
import dev.rustyevents.support.IcalJs;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CalendarResourceTest {

    private static final String WINDOW = "from=2026-07-01&to=2026-12-31";

    @Inject
    FixtureSite site;

    @BeforeEach
    void load() {
        site.load();
    }

    private static byte[] get(String path) {
        return given().get(path).then().statusCode(200)
                .header("Content-Type", is("text/calendar; charset=utf-8"))
                .extract().asByteArray();
    }

    private static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
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
        assertEquals("Rust events", parsed.get("calname").asText());
        JsonNode events = parsed.get("events");
        assertTrue(events.size() > 40);
        Set<String> uids = new HashSet<>();
        for (JsonNode e : events) {
            assertTrue(e.get("isDate").asBoolean(), "all-day: " + e);
            assertTrue(e.get("end").asText().compareTo(e.get("start").asText()) > 0, "DTEND after DTSTART: " + e);
            assertEquals("CONFIRMED", e.get("status").asText());
            assertTrue(uids.add(e.get("uid").asText()), "duplicate UID " + e.get("uid"));
        }
    }

    @Test
    void shouldReturnTheSameEventsAsTheApiForTheSameFilters() {
        for (String query : List.of(WINDOW, WINDOW + "&country=DE", WINDOW + "&region=north-america&mode=hybrid", WINDOW + "&q=rust")) {
            List<String> api = given().get("/api/events?size=200&" + query).jsonPath().getList("items.id");
            List<String> feed = uids(get("/calendar.ics?" + query));
            assertEquals(api, feed, query);
        }
    }

    @Test
    void shouldWriteAMultiDayEventWithAnExclusiveEnd() throws Exception {
        String id = given().get("/api/events?size=200&" + WINDOW).jsonPath()
                .getString("items.find { it.endDate != it.startDate }.id");
        var api = given().get("/api/events/" + id).jsonPath();
        VEvent vevent = parse(get("/calendar.ics?" + WINDOW)).<VEvent>getComponents("VEVENT").stream()
                .filter(v -> v.getUid().orElseThrow().getValue().equals(id)).findFirst().orElseThrow();
        assertEquals(api.getString("startDate").replace("-", ""), vevent.getProperty("DTSTART").orElseThrow().getValue());
        String dayAfterEnd = java.time.LocalDate.parse(api.getString("endDate")).plusDays(1).toString().replace("-", "");
        assertEquals(dayAfterEnd, vevent.getProperty("DTEND").orElseThrow().getValue(), "RFC 5545 §3.6.1: DTEND is exclusive");
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
    void shouldServeRegionFeedsWithInPersonAndHybridEventsOfThatRegion(String region) throws Exception {
        List<String> feed = uids(get("/calendars/" + region + ".ics?" + WINDOW));
        List<String> api = given().get("/api/events?size=200&mode=in-person&mode=hybrid&region=" + region + "&" + WINDOW)
                .jsonPath().getList("items.id");
        assertEquals(api, feed);
        assertFalse(feed.isEmpty(), region);
    }

    @Test
    void shouldAnswerAnUnknownFeedNameWithTheValidNames() {
        given().get("/calendars/atlantis.ics").then().statusCode(404)
                .contentType("application/problem+json")
                .body("allowed", hasItem("virtual"))
                .body("allowed", hasItem("south-america"));
    }

    @Test
    void shouldAnswer304ToAConditionalGet() {
        String etag = given().get("/calendar.ics?" + WINDOW).then().statusCode(200).extract().header("ETag");
        assertTrue(etag.startsWith("\""), etag);
        given().header("If-None-Match", etag).get("/calendar.ics?" + WINDOW).then().statusCode(304);
        given().get("/calendar.ics?" + WINDOW).then().header("ETag", is(etag)).header("Cache-Control", containsString("max-age="));
    }

    private static List<String> uids(byte[] ics) {
        try {
            return parse(ics).<VEvent>getComponents("VEVENT").stream()
                    .map(v -> v.getUid().orElseThrow().getValue()).toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
