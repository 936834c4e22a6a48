package dev.rustyevents.security;

import static dev.rustyevents.support.CorpusPages.page;
import static dev.rustyevents.support.CorpusPages.ref;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustyevents.event.EventRepository;
import dev.rustyevents.ingest.IngestService;
import dev.rustyevents.support.BackfillSiteProfile;
import dev.rustyevents.support.EmptyDatabase;
import dev.rustyevents.support.Ical4j;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * Event text is data in every output: a real issue (629) whose events an operator's correction gave
 * hostile titles, groups and cities (HTML, quotes, CRLF with iCalendar lines, a script end tag,
 * U+2028). JSON round-trips them; the iCalendar feed parses to exactly one VEVENT per event with
 * the text intact (RFC 5545 §3.3.11 escaping, no injected property or component); JSON-LD, meant
 * for a {@code <script>} block, holds no raw {@code <}, {@code >}, {@code &} or U+2028.
 */
@QuarkusTest
@TestProfile(BackfillSiteProfile.class)
class OutputEscapingTest {

    private static final List<String> HOSTILE =
            List.of(
                    "<script>alert(1)</script>",
                    "\"quotes\" and 'apostrophes' & ampersands",
                    "Meetup\r\nBEGIN:VEVENT\r\nUID:injected\r\nSUMMARY:injected\r\nEND:VEVENT\r\nX-EVIL:1",
                    "</script><script>alert(2)</script><!--",
                    "line\u2028separator\u2029paragraph; semi, comma\\backslash");

    @Inject EmptyDatabase database;

    @Inject IngestService ingest;

    @Inject EventRepository events;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldKeepHostileEventTextAsDataInJsonICalendarAndJsonLd() throws Exception {
        database.empty();
        ingest.ingest(ref(629, "2025-12-10"), page(629));
        List<String> uids =
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        events.listAll().stream()
                                                .filter(
                                                        e ->
                                                                !e.startDate.isBefore(
                                                                        java.time.LocalDate.parse(
                                                                                "2025-12-01")))
                                                .map(e -> e.uid)
                                                .sorted()
                                                .limit(HOSTILE.size())
                                                .toList());
        assertEquals(HOSTILE.size(), uids.size());
        for (int i = 0; i < uids.size(); i++) {
            String text = HOSTILE.get(i);
            given().header("Authorization", "Bearer " + BackfillSiteProfile.TOKEN)
                    .contentType("application/merge-patch+json")
                    .body(
                            json.writeValueAsBytes(
                                    Map.of(
                                            "title",
                                            text,
                                            "groupName",
                                            text,
                                            "city",
                                            text,
                                            "country",
                                            "DE",
                                            "note",
                                            "hostile text test"))) // bytes: UTF-8, whatever REST
                    // Assured's default charset
                    .patch("/api/admin/events/{id}/correction", uids.get(i))
                    .then()
                    .statusCode(200);
        }

        byte[] api =
                given().get("/api/events?from=2025-12-01&size=200")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        JsonNode items = json.readTree(api).get("items");
        Map<String, JsonNode> byId = new java.util.HashMap<>();
        items.forEach(item -> byId.put(item.get("id").asText(), item));
        for (int i = 0; i < uids.size(); i++) {
            JsonNode item = byId.get(uids.get(i));
            assertEquals(HOSTILE.get(i), item.get("title").asText(), "JSON round-trips the title");
            assertEquals(HOSTILE.get(i), item.get("groupName").asText());
            assertEquals(HOSTILE.get(i), item.get("city").asText());
        }

        byte[] ics =
                given().get("/calendar.ics?from=2025-12-01")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asByteArray();
        Calendar calendar = Ical4j.parse(ics);
        List<VEvent> vevents = calendar.getComponents("VEVENT");
        assertEquals(items.size(), vevents.size(), "one VEVENT per event, none injected");
        String text = new String(ics, StandardCharsets.UTF_8);
        assertEquals(
                items.size(),
                text.split("\r\nBEGIN:VEVENT\r\n", -1).length - 1,
                "BEGIN:VEVENT only where the writer put it");
        assertFalse(
                text.contains("\r\nUID:injected") || text.contains("\r\nX-EVIL"),
                "no injected property");
        Map<String, String> summaries =
                vevents.stream()
                        .collect(
                                Collectors.toMap(
                                        v -> v.getUid().orElseThrow().getValue(),
                                        v -> v.getProperty("SUMMARY").orElseThrow().getValue()));
        for (int i = 0; i < uids.size(); i++) {
            assertEquals(
                    HOSTILE.get(i).replace("\r\n", "\n"),
                    summaries.get(uids.get(i)).replace("\r\n", "\n"),
                    "the SUMMARY is the title, escaped and unescaped again");
        }

        for (String path :
                List.of("/api/events?from=2025-12-01&size=200", "/api/events/" + uids.get(3))) {
            byte[] ld =
                    given().accept("application/ld+json")
                            .get(path)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asByteArray();
            String raw = new String(ld, StandardCharsets.UTF_8);
            for (String unsafe : List.of("<", ">", "&", "\u2028", "\u2029")) {
                assertFalse(raw.contains(unsafe), path + " holds a raw " + unsafe);
            }
            assertTrue(
                    raw.contains("\\u003C/script\\u003E") || raw.contains("\\u003c/script\\u003e"),
                    raw);
            assertTrue(
                    json.readTree(ld).toString().contains("</script><script>alert(2)</script>"),
                    "the value itself is unchanged");
        }
    }
}
