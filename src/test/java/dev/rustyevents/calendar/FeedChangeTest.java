package dev.rustyevents.calendar;

import static dev.rustyevents.support.CorpusPages.page;
import static dev.rustyevents.support.CorpusPages.ref;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustyevents.cluster.DataVersionChanged;
import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventRepository;
import dev.rustyevents.event.EventStatus;
import dev.rustyevents.event.IssueRepository;
import dev.rustyevents.ingest.IngestService;
import dev.rustyevents.scrape.IssueRef;
import dev.rustyevents.support.EmptyDatabase;
import dev.rustyevents.support.EmptyDatabaseProfile;
import dev.rustyevents.support.Ical4j;
import dev.rustyevents.support.IcalJs;
import dev.rustyevents.support.PythonIcalendar;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a subscribed calendar app sees across real consecutive issues (629 → 631): conditional
 * polls, a new version after an ingest, UIDs that survive, SEQUENCE that rises, CANCELLED entries
 * that stay for 30 days.
 */
@QuarkusTest
@TestProfile(EmptyDatabaseProfile.class)
class FeedChangeTest {

    private static final IssueRef I629 = ref(629, "2025-12-10");
    private static final IssueRef I631 = ref(631, "2025-12-24");
    private static final String FEED = "/calendar.ics?from=2025-12-01";
    private static final String TLV = "https://www.meetup.com/rust-tlv/events/311759516/";

    @Inject IngestService ingest;

    @Inject EmptyDatabase database;

    @Inject EventRepository events;

    @Inject IssueRepository issues;

    @Inject FeedCache cache;

    @BeforeEach
    void emptyDatabase() {
        database.empty();
    }

    private record Entry(String status, int sequence, String start) {}

    private static Map<String, Entry> entries(byte[] ics) throws Exception {
        Map<String, Entry> map = new HashMap<>();
        for (VEvent v : Ical4j.parse(ics).<VEvent>getComponents("VEVENT")) {
            Entry previous =
                    map.put(
                            v.getUid().orElseThrow().getValue(),
                            new Entry(
                                    v.getProperty("STATUS").orElseThrow().getValue(),
                                    Integer.parseInt(
                                            v.getProperty("SEQUENCE").orElseThrow().getValue()),
                                    v.getProperty("DTSTART").orElseThrow().getValue()));
            assertEquals(null, previous, "UIDs are unique");
        }
        return map;
    }

    private static Instant httpDate(String value) {
        return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    /** The same window in the JSON API, whose responses are cached like the feeds'. */
    private static final String API = "/api/events?from=2025-12-01&to=2026-02-28&size=200";

    private String uidOf(String url) {
        return QuarkusTransaction.requiringNew()
                .call(() -> events.find("eventUrl", url).<Event>singleResult().uid);
    }

    @Test
    void shouldShowAnIngestAsANewVersionThatSubscribersCanFollow() throws Exception {
        ingest.ingest(I629, page(629));
        ExtractableResponse<Response> first = given().get(FEED).then().statusCode(200).extract();
        String etag = first.header("ETag");
        Map<String, Entry> before = entries(first.asByteArray());
        assertTrue(before.size() > 30, "events: " + before.size());
        given().header("If-None-Match", etag).get(FEED).then().statusCode(304);
        String apiTag = given().get(API).then().statusCode(200).extract().header("ETag");

        ingest.ingest(I629, page(629));
        given().header("If-None-Match", etag).get(FEED).then().statusCode(304);
        given().header("If-None-Match", apiTag).get(API).then().statusCode(304);

        ingest.ingest(I631, page(631));
        ExtractableResponse<Response> second =
                given().header("If-None-Match", etag).get(FEED).then().statusCode(200).extract();
        assertNotEquals(etag, second.header("ETag"));
        assertNotEquals(
                apiTag,
                given().header("If-None-Match", apiTag)
                        .get(API)
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag"),
                "the API's cached answers are dropped by the ingest too");
        assertFalse(
                httpDate(second.header("Last-Modified"))
                        .isBefore(httpDate(first.header("Last-Modified"))),
                "Last-Modified never moves backwards");
        Map<String, Entry> after = entries(second.asByteArray());

        assertTrue(after.keySet().containsAll(before.keySet()), "every UID survives the re-ingest");
        String tlv = uidOf(TLV);
        assertEquals(new Entry("CONFIRMED", 0, "20260106"), before.get(tlv));
        assertEquals(
                new Entry("CONFIRMED", 1, "20260107"),
                after.get(tlv),
                "rescheduled: same UID, SEQUENCE + 1");
        List<String> cancelled =
                after.entrySet().stream()
                        .filter(e -> e.getValue().status().equals("CANCELLED"))
                        .map(Map.Entry::getKey)
                        .toList();
        assertEquals(3, cancelled.size(), "631 delists three events of 629: " + cancelled);
        cancelled.forEach(
                uid ->
                        assertEquals(
                                1, after.get(uid).sequence(), "a cancellation is a new SEQUENCE"));

        JsonNode js = IcalJs.parse(second.asByteArray());
        JsonNode py = PythonIcalendar.parse(second.asByteArray());
        for (JsonNode parsed : List.of(js, py)) {
            for (JsonNode e : parsed.get("events")) {
                assertEquals(
                        after.get(e.get("uid").asText()).status(),
                        e.get("status").asText(),
                        e.toString());
            }
        }
    }

    @Test
    void shouldDropACancelledEventThirtyDaysAfterItWasDelisted() throws Exception {
        ingest.ingest(I629, page(629));
        ingest.ingest(I631, page(631));
        List<String> cancelled =
                entries(given().get(FEED).then().statusCode(200).extract().asByteArray())
                        .entrySet()
                        .stream()
                        .filter(e -> e.getValue().status().equals("CANCELLED"))
                        .map(Map.Entry::getKey)
                        .sorted()
                        .toList();
        assertEquals(3, cancelled.size());

        // FixedClock: today is 2026-08-19; delisted on 2026-07-19 is 31 days ago, 2026-07-20 is 30.
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            events.update(
                                    "updatedAt = ?1 where uid = ?2",
                                    Instant.parse("2026-07-19T23:59:59Z"),
                                    cancelled.get(0));
                            events.update(
                                    "updatedAt = ?1 where uid = ?2",
                                    Instant.parse("2026-07-20T00:00:00Z"),
                                    cancelled.get(1));
                        });
        cache.onChange(new DataVersionChanged(0));

        Map<String, Entry> now =
                entries(given().get(FEED).then().statusCode(200).extract().asByteArray());
        assertFalse(now.containsKey(cancelled.get(0)), "gone 31 days after delisting");
        assertEquals("CANCELLED", now.get(cancelled.get(1)).status(), "kept 30 days");
        assertEquals("CANCELLED", now.get(cancelled.get(2)).status());
        assertEquals(
                EventStatus.DELISTED,
                QuarkusTransaction.requiringNew()
                        .call(() -> events.findByUid(cancelled.get(0)).orElseThrow().status),
                "the record itself is kept");
    }

    @Test
    void shouldServeCfpDeadlinesAndTheConferencesThemselves() throws Exception {
        ingest.ingest(ref(627, "2025-11-26"), page(627));
        ingest.ingest(I629, page(629));
        byte[] before =
                given().get("/calendars/cfp.ics?from=2025-11-01")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        ingest.ingest(I631, page(631));
        byte[] ics =
                given().get("/calendars/cfp.ics?from=2025-11-01")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();

        var calendar = Ical4j.parse(ics);
        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
        Map<String, VEvent> byUid = new HashMap<>();
        calendar.<VEvent>getComponents("VEVENT")
                .forEach(v -> byUid.put(v.getUid().orElseThrow().getValue(), v));
        String rustWeekConference = onlyEventId("from=2026-05-01&to=2026-05-31", "RustWeek");
        String rustWeekCall = callUid(rustWeekConference);
        assertTrue(byUid.containsKey(rustWeekCall), byUid.keySet().toString());
        VEvent rustWeek = byUid.get(rustWeekCall);
        assertEquals(
                "CFP closes: RustWeek 2026",
                rustWeek.getProperty("SUMMARY").orElseThrow().getValue());
        assertEquals(
                "20260118",
                rustWeek.getProperty("DTSTART").orElseThrow().getValue(),
                "631 extended the deadline");
        assertEquals("20260119", rustWeek.getProperty("DTEND").orElseThrow().getValue());
        assertEquals(
                "1",
                rustWeek.getProperty("SEQUENCE").orElseThrow().getValue(),
                "an extension is a change");
        assertEquals(
                "https://sessionize.com/rustweek-2026/",
                rustWeek.getProperty("URL").orElseThrow().getValue());
        assertTrue(rustWeek.getProperty("LOCATION").orElseThrow().getValue().startsWith("Utrecht"));
        String rustConfCall = callUid(onlyEventId("from=2026-09-01&to=2026-09-30", "RustConf"));
        assertTrue(byUid.containsKey(rustConfCall), byUid.keySet().toString());
        assertEquals(
                "CFP closes: RustConf 2026",
                byUid.get(rustConfCall).getProperty("SUMMARY").orElseThrow().getValue());
        assertEquals(
                "20251231",
                entries(before).get(rustWeekCall).start(),
                "same UID before the extension");

        assertEquals(ids(IcalJs.parse(ics)), ids(PythonIcalendar.parse(ics)));
        assertEquals(byUid.size(), ids(IcalJs.parse(ics)).size());

        // The conference itself is in the normal feeds, once: one RustWeek event in the API's
        // view of the European feed, and its UID once in the feed.
        String europe = "region=europe&mode=in-person&mode=hybrid&from=2026-05-01&to=2026-05-31";
        assertEquals(rustWeekConference, onlyEventId(europe, "RustWeek"));
        List<String> feed =
                Ical4j.parse(
                                given().get("/calendars/europe.ics?from=2026-05-01&to=2026-05-31")
                                        .then()
                                        .statusCode(200)
                                        .extract()
                                        .asByteArray())
                        .<VEvent>getComponents("VEVENT")
                        .stream()
                        .map(v -> v.getUid().orElseThrow().getValue())
                        .filter(rustWeekConference::equals)
                        .toList();
        assertEquals(1, feed.size(), feed.toString());
        given().get("/calendars/cfp.ics?group=rust-nl")
                .then()
                .statusCode(400)
                .body("parameter", org.hamcrest.Matchers.is("group"));
    }

    /**
     * @param query an {@code /api/events} query
     * @param titlePrefix how the event's title starts
     * @return the id (the feeds' UID) of the one event of the query with such a title
     */
    private static String onlyEventId(String query, String titlePrefix) {
        List<String> ids =
                given().get("/api/events?size=200&" + query)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.findAll { it.title.startsWith('" + titlePrefix + "') }.id");
        assertEquals(1, ids.size(), titlePrefix + " in /api/events?" + query + ": " + ids);
        return ids.get(0);
    }

    /**
     * @return the UID of the cfp.ics VEVENT of the call for proposals of a conference, by the
     *     conference's id
     */
    private String callUid(String conferenceId) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                events.getEntityManager()
                                        .createQuery(
                                                "select c.uid from CallForProposals c where c.event.uid = :uid",
                                                String.class)
                                        .setParameter("uid", conferenceId)
                                        .getSingleResult());
    }

    private static List<String> ids(JsonNode parsed) {
        List<String> list = new java.util.ArrayList<>();
        parsed.get("events").forEach(e -> list.add(e.get("uid").asText()));
        return list;
    }
}
