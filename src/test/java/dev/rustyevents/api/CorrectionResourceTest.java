package dev.rustyevents.api;

import static dev.rustyevents.support.CorpusPages.page;
import static dev.rustyevents.support.CorpusPages.ref;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventRepository;
import dev.rustyevents.event.EventStatus;
import dev.rustyevents.http.Problem;
import dev.rustyevents.ingest.IngestLock;
import dev.rustyevents.ingest.IngestReport;
import dev.rustyevents.ingest.IngestService;
import dev.rustyevents.scrape.IssueRef;
import dev.rustyevents.support.BackfillSiteProfile;
import dev.rustyevents.support.EmptyDatabase;
import dev.rustyevents.support.Ical4j;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Operators' corrections on real consecutive issues (629 → 631, whose lists share four events):
 * corrected and hidden events through the API and the feed, kept by a re-read of the same issue and
 * by the next issue listing the same events, without SEQUENCE moving; undone; refused without the
 * token, with invalid bodies, for unknown events.
 */
@QuarkusTest
@TestProfile(BackfillSiteProfile.class)
class CorrectionResourceTest {

    private static final IssueRef I629 = ref(629, "2025-12-10");
    private static final IssueRef I631 = ref(631, "2025-12-24");
    private static final String FEED = "/calendar.ics?from=2025-12-01";

    /** Listed on 2026-01-07 by both issues. */
    private static final String INDY = "https://www.meetup.com/indyrs/events/312102790/";

    /** Listed on 2026-01-07 by both issues. */
    private static final String GIRONA = "https://luma.com/mdymp686";

    /** 629 lists it on 2026-01-06, 631 on 2026-01-07. */
    private static final String TLV = "https://www.meetup.com/rust-tlv/events/311759516/";

    /** Listed on 2026-01-03 by both issues. */
    private static final String CIRCLE =
            "https://www.eventbrite.com/e/rust-circle-meetup-tickets-628763888717";

    /** "Cancelled", 2026-01-01: 629 lists it, 631 drops it. */
    private static final String STL = "https://www.meetup.com/stl-rust/events/311396047/";

    @Inject EmptyDatabase database;

    @Inject IngestService ingest;

    @Inject EventRepository events;

    @Inject IngestLock lock;

    @BeforeEach
    void ingestIssue629() {
        database.empty();
        ingest.ingest(I629, page(629));
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + BackfillSiteProfile.TOKEN);
    }

    private static ValidatableResponse patch(String uid, Object body) {
        return admin().contentType(MergePatch.MEDIA_TYPE)
                .body(body)
                .patch("/api/admin/events/{id}/correction", uid)
                .then();
    }

    private Event event(String url) {
        return QuarkusTransaction.requiringNew()
                .call(() -> events.find("eventUrl", url).<Event>singleResult());
    }

    private Map<String, Integer> sequences() {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                events.listAll().stream()
                                        .collect(Collectors.toMap(e -> e.uid, e -> e.sequence)));
    }

    private static Map<String, String> summaries() throws Exception {
        byte[] ics = given().get(FEED).then().statusCode(200).extract().asByteArray();
        return Ical4j.parse(ics).<VEvent>getComponents("VEVENT").stream()
                .collect(
                        Collectors.toMap(
                                v -> v.getUid().orElseThrow().getValue(),
                                v -> v.getProperty("SUMMARY").orElseThrow().getValue()));
    }

    private static List<String> listedIds() {
        return given().get("/api/events?from=2025-12-01&size=200")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
    }

    @Test
    void shouldKeepCorrectionsAndHiddenEventsThroughLaterScrapes() throws Exception {
        String indy = event(INDY).uid;
        String girona = event(GIRONA).uid;
        String tlv = event(TLV).uid;
        String circle = event(CIRCLE).uid;
        String stl = event(STL).uid;

        patch(
                        indy,
                        Map.of(
                                "title",
                                "Indy.rs: Rust social",
                                "startDate",
                                "2026-01-08",
                                "note",
                                "moved a day (the group's page)"))
                .statusCode(200)
                .body(
                        "title",
                        is("Indy.rs: Rust social"),
                        "startDate",
                        is("2026-01-08"),
                        "endDate",
                        nullValue(),
                        "hidden",
                        is(false),
                        "note",
                        is("moved a day (the group's page)"),
                        "event.title",
                        is("Indy.rs: Rust social"),
                        "event.startDate",
                        is("2026-01-08"),
                        "event.endDate",
                        is("2026-01-08"),
                        "event.sequence",
                        is(1));
        patch(
                        girona,
                        Map.of(
                                "startDate",
                                "2025-12-17",
                                "note",
                                "a date before issue 631 that TWiR never took"))
                .statusCode(200)
                .body("event.startDate", is("2025-12-17"));
        patch(tlv, Map.of("title", "Rust TLV at AWS", "country", "il", "note", "shorter title"))
                .statusCode(200)
                .body("country", is("IL"), "event.region", is("asia"));
        patch(circle, Map.of("hidden", true, "note", "duplicate of the group's other listing"))
                .statusCode(200)
                .body("hidden", is(true), "event.id", is(circle));
        patch(stl, Map.of("hidden", true, "note", "TWiR lists it as Cancelled")).statusCode(200);
        admin().get("/api/admin/events/{id}/correction", circle)
                .then()
                .statusCode(200)
                .body("hidden", is(true));

        given().get("/api/events/{id}", circle)
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
        given().get("/api/events/{id}", indy)
                .then()
                .statusCode(200)
                .body("title", is("Indy.rs: Rust social"));
        assertFalse(
                listedIds().contains(circle) || listedIds().contains(stl),
                "hidden events are not listed");
        assertTrue(listedIds().contains(indy));

        // The same issue read again (other bytes, the same listings): nothing changes.
        Map<String, Integer> before = sequences();
        IngestReport again = ingest.ingest(I629, page(629) + "\n<!-- read again -->\n");
        assertFalse(again.unchanged());
        assertEquals(0, again.updated(), "re-reading 629 reverts no correction");
        assertEquals(before, sequences(), "SEQUENCE did not move");

        // The next issue lists four of these events again, and drops STL's.
        IngestReport next = ingest.ingest(I631, page(631));
        Map<String, Integer> after = sequences();
        Event indyAfter = event(INDY);
        assertEquals("Indy.rs: Rust social", indyAfter.title);
        assertEquals("2026-01-08", indyAfter.startDate.toString());
        assertEquals(
                before.get(indy),
                after.get(indy),
                "631 lists Indy.rs as 629 did: no change for subscribers");
        assertEquals(
                "2025-12-17",
                event(GIRONA).startDate.toString(),
                "one event: 631's listing is not taken for a next occurrence");
        assertEquals(before.get(girona), after.get(girona));
        Event tlvAfter = event(TLV);
        assertEquals("Rust TLV at AWS", tlvAfter.title, "the corrected title stays");
        assertEquals(
                "2026-01-07",
                tlvAfter.startDate.toString(),
                "what TWiR changed and nobody corrected follows TWiR");
        assertEquals(before.get(tlv) + 1, after.get(tlv));
        assertEquals(before.get(circle), after.get(circle));
        Event stlAfter = event(STL);
        assertTrue(stlAfter.hidden);
        assertEquals(EventStatus.CONFIRMED, stlAfter.status, "a hidden event is not delisted");
        assertEquals(before.get(stl), after.get(stl));
        assertEquals(2, next.delisted(), "631 still delists the two other events it dropped");

        Map<String, String> feed = summaries();
        assertTrue(feed.get(indy).startsWith("Indy.rs: Rust social"), feed.get(indy));
        assertTrue(feed.get(tlv).startsWith("Rust TLV at AWS"), feed.get(tlv));
        assertFalse(
                feed.containsKey(circle) || feed.containsKey(stl),
                "hidden events are not in the feed");
        given().get("/api/events/{id}", indy)
                .then()
                .statusCode(200)
                .body("title", is("Indy.rs: Rust social"), "issues", hasItems(629, 631));

        // Undone: the event is what TWiR last listed, with a new SEQUENCE.
        admin().delete("/api/admin/events/{id}/correction", indy).then().statusCode(204);
        admin().get("/api/admin/events/{id}/correction", indy)
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
        given().get("/api/events/{id}", indy)
                .then()
                .statusCode(200)
                .body(
                        "title",
                        is("Indy.rs - with Social Distancing"),
                        "startDate",
                        is("2026-01-07"),
                        "sequence",
                        is(after.get(indy) + 1));
        admin().delete("/api/admin/events/{id}/correction", circle).then().statusCode(204);
        given().get("/api/events/{id}", circle).then().statusCode(200);
        assertTrue(summaries().containsKey(circle), "shown again in the feed");
    }

    @Test
    void shouldChangeOnlyTheNoteWithoutANewSequence() {
        String indy = event(INDY).uid;
        patch(indy, Map.of("title", "Indy.rs social", "note", "first"))
                .statusCode(200)
                .body("event.sequence", is(1));
        patch(indy, Map.of("note", "the group's page says so"))
                .statusCode(200)
                .body(
                        "title",
                        is("Indy.rs social"),
                        "note",
                        is("the group's page says so"),
                        "event.sequence",
                        is(1));
        Map<String, Object> uncorrectTitle = new HashMap<>();
        uncorrectTitle.put("title", null);
        uncorrectTitle.put("city", "Indianapolis ");
        patch(indy, uncorrectTitle)
                .statusCode(200)
                .body(
                        "title",
                        nullValue(),
                        "city",
                        is("Indianapolis"),
                        "event.title",
                        is("Indy.rs - with Social Distancing"),
                        "event.sequence",
                        is(2));
    }

    @Test
    void shouldRefuseWithoutTheToken() {
        String indy = event(INDY).uid;
        given().contentType(MergePatch.MEDIA_TYPE)
                .body(Map.of("hidden", true, "note", "x"))
                .patch("/api/admin/events/{id}/correction", indy)
                .then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                // RFC 6750 §3: no credential, so a challenge without an error code
                .header("WWW-Authenticate", "Bearer realm=\"rusty-events admin\"");
        given().header("Authorization", "Bearer wrong")
                .contentType(MergePatch.MEDIA_TYPE)
                .body(Map.of("hidden", true, "note", "x"))
                .patch("/api/admin/events/{id}/correction", indy)
                .then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .header(
                        "WWW-Authenticate",
                        "Bearer realm=\"rusty-events admin\", error=\"invalid_token\"");
        given().header("Authorization", "Basic YWRtaW46YWRtaW4=")
                .get("/api/admin/events/{id}/correction", indy)
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer realm=\"rusty-events admin\"");
        given().get("/api/admin/events/{id}/correction", indy).then().statusCode(401);
        given().delete("/api/admin/events/{id}/correction", indy).then().statusCode(401);
        given().get("/api/events/{id}", indy)
                .then()
                .statusCode(200)
                .body("title", is("Indy.rs - with Social Distancing"));
    }

    static Stream<Arguments> invalidBodies() {
        return Stream.of(
                Arguments.of(Map.of("country", "UK", "note", "x"), "country"),
                Arguments.of(Map.of("country", "GBR", "note", "x"), "country"),
                Arguments.of(Map.of("mode", "telepathic", "note", "x"), "mode"),
                Arguments.of(Map.of("title", "  ", "note", "x"), "title"),
                Arguments.of(Map.of("title", "A better title"), "note"),
                Arguments.of(Map.of("startDate", "2026-02-30", "note", "x"), "startDate"),
                Arguments.of(Map.of("endDate", "2025-12-01", "note", "x"), "endDate"),
                Arguments.of(
                        Map.of("startDate", "2026-01-09", "endDate", "2026-01-08", "note", "x"),
                        "endDate"),
                Arguments.of(Map.of("eventUrl", "ftp://example.org/", "note", "x"), "eventUrl"),
                Arguments.of(Map.of("hidden", "maybe", "note", "x"), "hidden"),
                Arguments.of(Map.of("colour", "red", "note", "x"), "colour"),
                Arguments.of(Map.of("title", Map.of("en", "nested"), "note", "x"), "title"));
    }

    @ParameterizedTest
    @MethodSource("invalidBodies")
    void shouldRejectAnInvalidCorrectionNamingTheMember(Map<String, Object> body, String member) {
        String indy = event(INDY).uid;
        patch(indy, body)
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body(
                        "status",
                        is(400),
                        "parameter",
                        is(member),
                        "instance",
                        is("/api/admin/events/" + indy + "/correction"));
        given().get("/api/events/{id}", indy).then().statusCode(200).body("sequence", is(0));
    }

    @Test
    void shouldNameEveryInvalidMemberAndTheAllowedValues() {
        String indy = event(INDY).uid;
        patch(indy, Map.of("title", "", "subdivision", "Indiana", "note", " "))
                .statusCode(400)
                .body(
                        "parameter",
                        is("note"),
                        "errors.parameter",
                        is(List.of("note", "subdivision", "title")));
        patch(indy, Map.of("mode", "telepathic", "note", "x"))
                .statusCode(400)
                .body("allowed", is(List.of("in-person", "virtual", "hybrid")));
        patch(indy, Map.of("colour", "red", "note", "x"))
                .statusCode(400)
                .body("allowed", hasItems("title", "hidden", "note"));
        patch(indy, Map.of("note", "nothing else"))
                .statusCode(400)
                .body(
                        "detail",
                        is(
                                "the correction neither corrects a field nor hides the event; DELETE removes a correction"));
    }

    @Test
    void shouldRejectABodyThatIsNotAJsonObject() {
        String indy = event(INDY).uid;
        for (String body : new String[] {"{\"title\": ", "[]", "\"hidden\"", ""}) {
            admin().contentType(MergePatch.MEDIA_TYPE)
                    .body(body)
                    .patch("/api/admin/events/{id}/correction", indy)
                    .then()
                    .statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("status", is(400));
        }
        admin().contentType("application/json")
                .body(Map.of("hidden", true, "note", "plain JSON is a merge patch too"))
                .patch("/api/admin/events/{id}/correction", indy)
                .then()
                .statusCode(200);
        admin().contentType("text/plain")
                .body("hidden")
                .patch("/api/admin/events/{id}/correction", indy)
                .then()
                .statusCode(415)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldNotFindAnUnknownEventOrAMissingCorrection() {
        patch("no-such-event", Map.of("hidden", true, "note", "x"))
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("parameter", is("id"));
        admin().get("/api/admin/events/{id}/correction", "no-such-event")
                .then()
                .statusCode(404)
                .body("parameter", is("id"));
        admin().delete("/api/admin/events/{id}/correction", "no-such-event").then().statusCode(404);
        String indy = event(INDY).uid;
        admin().get("/api/admin/events/{id}/correction", indy)
                .then()
                .statusCode(404)
                .body("detail", is("event '" + indy + "' has no correction"));
        admin().delete("/api/admin/events/{id}/correction", indy).then().statusCode(404);
    }

    @Test
    void shouldAnswerConflictWhileAnIngestRuns() {
        String indy = event(INDY).uid;
        assertTrue(lock.tryAcquire());
        try {
            patch(indy, Map.of("hidden", true, "note", "x"))
                    .statusCode(409)
                    .contentType(Problem.MEDIA_TYPE);
        } finally {
            lock.release();
        }
        patch(indy, Map.of("hidden", true, "note", "x")).statusCode(200);
        given().get("/api/events?from=2025-12-01&size=200")
                .then()
                .body("items.id", not(hasItem(indy)));
    }

    @Test
    void shouldLeaveAHiddenConferenceOutOfTheCallsForProposals() throws Exception {
        byte[] before =
                given().get("/calendars/cfp.ics?from=2025-01-01")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        List<VEvent> calls = Ical4j.parse(before).getComponents("VEVENT");
        assertEquals(1, calls.size(), "629 lists one call for proposals");
        String conference =
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        events.getEntityManager()
                                                .createQuery(
                                                        "select c.event.uid from CallForProposals c",
                                                        String.class)
                                                .getSingleResult());
        patch(conference, Map.of("hidden", true, "note", "not a Rust conference")).statusCode(200);
        byte[] after =
                given().get("/calendars/cfp.ics?from=2025-01-01")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        assertTrue(Ical4j.parse(after).getComponents("VEVENT").isEmpty());
        given().get("/api/events?from=2025-01-01&size=200")
                .then()
                .body("items.id", not(hasItem(conference)), "items", not(hasSize(0)));
    }
}
