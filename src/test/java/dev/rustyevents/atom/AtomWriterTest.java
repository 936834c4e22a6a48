package dev.rustyevents.atom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventStatus;
import dev.rustyevents.http.FeedSpec;
import dev.rustyevents.support.PythonFeedparser;
import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.Region;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AtomWriterTest {

    private static final String BASE = "https://rusty-events.example";

    private final AtomWriter writer = new AtomWriter();

    private static Event event(String title) {
        Event e = new Event();
        e.uid = "0a6a4a3e-0000-3000-8000-000000000001";
        e.startDate = LocalDate.parse("2026-09-03");
        e.endDate = LocalDate.parse("2026-09-04");
        e.mode = Mode.IN_PERSON;
        e.city = "Berlin";
        e.country = "DE";
        e.region = Region.EUROPE;
        e.groupName = "Rust Berlin";
        e.groupUrl = "https://berline.rs/";
        e.title = title;
        e.eventUrl = "https://berline.rs/2026/09/03/";
        e.status = EventStatus.CONFIRMED;
        e.createdAt = Instant.parse("2026-08-05T06:00:00Z");
        e.updatedAt = Instant.parse("2026-08-19T06:00:00Z");
        return e;
    }

    private byte[] write(List<Event> events) {
        return writer.write(
                new FeedSpec("Rust events in Germany", "Rust community events in Germany"),
                BASE + "/feeds/events.atom?country=DE",
                BASE + "/?country=DE",
                path -> BASE + path,
                events,
                Instant.parse("2026-08-19T00:00:00Z"));
    }

    @Test
    void shouldWriteEntriesFeedparserReadsWithTheirLinksDatesAndGroup() throws Exception {
        byte[] atom = write(List.of(event("Rust Hack & Learn")));
        assertArrayEquals(
                atom, write(List.of(event("Rust Hack & Learn"))), "same input, same bytes");
        JsonNode feed = PythonFeedparser.parse(atom);
        assertEquals("atom10", feed.get("version").asText());
        assertEquals("2026-08-19T06:00:00Z", feed.get("updated").asText());
        JsonNode entry = feed.get("entries").get(0);
        assertEquals("urn:uuid:0a6a4a3e-0000-3000-8000-000000000001", entry.get("id").asText());
        assertEquals("Rust Hack & Learn", entry.get("title").asText());
        assertEquals("2026-08-19T06:00:00Z", entry.get("updated").asText());
        assertEquals("2026-08-05T06:00:00Z", entry.get("published").asText());
        assertEquals(
                BASE + "/events/0a6a4a3e-0000-3000-8000-000000000001", entry.get("link").asText());
        assertTrue(
                entry.get("links").toString().contains("https://berline.rs/2026/09/03/"),
                entry.toString());
        assertEquals("Rust Berlin", entry.get("author").asText());
        assertEquals(
                "2026-09-03 to 2026-09-04 · Berlin, Germany · in person · Rust Berlin",
                entry.get("summary").asText());
    }

    @Test
    void shouldKeepMarkupAsTextAndDropWhatXmlForbids() throws Exception {
        JsonNode feed =
                PythonFeedparser.parse(
                        write(List.of(event("</title><script>x</script>\u0001 \uFFFF"))));
        assertEquals(
                "</title><script>x</script>    ".strip(),
                feed.get("entries").get(0).get("title").asText().strip());
    }

    @Test
    void shouldStillHaveAnUpdatedDateWithoutEntries() throws Exception {
        JsonNode feed = PythonFeedparser.parse(write(List.of()));
        assertEquals("2026-08-19T00:00:00Z", feed.get("updated").asText());
        assertEquals(0, feed.get("entries").size());
    }
}
