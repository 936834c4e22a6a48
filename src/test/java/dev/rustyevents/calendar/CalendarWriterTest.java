package dev.rustyevents.calendar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventStatus;
import dev.rustyevents.http.FeedSpec;
import dev.rustyevents.support.Ical4j;
import dev.rustyevents.support.IcalJs;
import dev.rustyevents.support.PythonIcalendar;
import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.Region;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class CalendarWriterTest {

    private static final URI SOURCE =
            URI.create("https://rusty-events.example/calendars/europe.ics?country=DE");
    private static final Map<Integer, String> ISSUES =
            Map.of(629, "https://this-week-in-rust.org/blog/2025/12/10/this-week-in-rust-629/");

    private final CalendarWriter writer = new CalendarWriter();

    private static Event event(EventStatus status) {
        Event e = new Event();
        e.uid = "0a6a4a3e-0000-3000-8000-000000000001";
        e.startDate = LocalDate.parse("2025-12-25");
        e.endDate = e.startDate;
        e.mode = Mode.VIRTUAL;
        e.city = "Nürnberg";
        e.country = "DE";
        e.region = Region.EUROPE;
        e.groupName = "Rust Nuremberg";
        e.groupUrl = "https://www.meetup.com/rust-noris/";
        e.title = "Rust Nürnberg online";
        e.eventUrl = "https://www.meetup.com/rust-noris/events/312379275/";
        e.status = status;
        e.sequence = 1;
        e.firstIssue = 629;
        e.createdAt = Instant.parse("2025-12-10T06:00:00Z");
        e.updatedAt = Instant.parse("2025-12-24T06:00:00Z");
        return e;
    }

    private byte[] write(List<Event> events) {
        return writer.write(
                new FeedSpec(
                        "Rust events: Europe",
                        "In-person and hybrid Rust community events in Europe"),
                SOURCE,
                Duration.ofHours(6),
                events,
                ISSUES);
    }

    private static Calendar parse(byte[] ics) throws Exception {
        Calendar calendar = Ical4j.parse(ics);
        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
        return calendar;
    }

    private static VEvent only(byte[] ics) throws Exception {
        List<VEvent> events = parse(ics).getComponents("VEVENT");
        assertEquals(1, events.size());
        return events.get(0);
    }

    /**
     * A feed is no iTIP message: METHOD:PUBLISH and ORGANIZER come together or not at all (RFC 5546
     * §3.2.1 requires ORGANIZER in a PUBLISH; RFC 5545 §3.8.4.3 forbids it outside group
     * scheduling), and the writer emits neither (see {@link CalendarWriter}).
     */
    @Test
    void shouldWriteNeitherMethodNorOrganizer() throws Exception {
        Event noGroupUrl = event(EventStatus.CONFIRMED);
        noGroupUrl.uid = "0a6a4a3e-0000-3000-8000-000000000002";
        noGroupUrl.groupUrl = null;
        noGroupUrl.eventUrl = null;
        byte[] ics = write(List.of(event(EventStatus.CONFIRMED), noGroupUrl));
        Calendar calendar = parse(ics);
        boolean publish = calendar.getProperty("METHOD").isPresent();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(2, events.size());
        for (VEvent v : events) {
            assertEquals(
                    publish,
                    v.getProperty("ORGANIZER").isPresent(),
                    "ORGANIZER exactly when METHOD:PUBLISH: " + v);
        }
        assertFalse(publish, "a subscribed feed is not a scheduling message");
        String text = new String(ics, java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(text.contains("\r\nMETHOD"), text);
        assertFalse(text.contains("ORGANIZER"), text);
    }

    @Test
    void shouldShowADelistedEventAsCancelled() throws Exception {
        VEvent v = only(write(List.of(event(EventStatus.DELISTED))));
        assertEquals("CANCELLED", v.getProperty("STATUS").orElseThrow().getValue());
        assertEquals("1", v.getProperty("SEQUENCE").orElseThrow().getValue());
    }

    @Test
    void shouldTakeDtstampFromTheRecordSoBytesAreStable() throws Exception {
        byte[] first = write(List.of(event(EventStatus.CONFIRMED)));
        byte[] second = write(List.of(event(EventStatus.CONFIRMED)));
        assertArrayEquals(first, second);
        VEvent v = only(first);
        assertEquals("20251224T060000Z", v.getProperty("DTSTAMP").orElseThrow().getValue());
        assertEquals("20251224T060000Z", v.getProperty("LAST-MODIFIED").orElseThrow().getValue());
        assertEquals("20251210T060000Z", v.getProperty("CREATED").orElseThrow().getValue());
        assertEquals("CONFIRMED", v.getProperty("STATUS").orElseThrow().getValue());
        assertEquals("Online", v.getProperty("LOCATION").orElseThrow().getValue());
    }

    @Test
    void shouldPublishWithRefreshIntervalAndItsOwnSource() throws Exception {
        Calendar calendar = parse(write(List.of(event(EventStatus.CONFIRMED))));
        assertEquals("PT6H", calendar.getProperty("REFRESH-INTERVAL").orElseThrow().getValue());
        assertEquals(
                "DURATION",
                calendar.getProperty("REFRESH-INTERVAL")
                        .orElseThrow()
                        .getParameter("VALUE")
                        .orElseThrow()
                        .getValue());
        assertEquals("PT6H", calendar.getProperty("X-PUBLISHED-TTL").orElseThrow().getValue());
        assertEquals(SOURCE.toString(), calendar.getProperty("SOURCE").orElseThrow().getValue());
        assertEquals(SOURCE.toString(), calendar.getProperty("URL").orElseThrow().getValue());
        assertEquals(
                "Rust events: Europe",
                calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue());
        assertEquals("Rust events: Europe", calendar.getProperty("NAME").orElseThrow().getValue());
    }

    @Test
    void shouldDescribeGroupModeLinkAndIssue() throws Exception {
        VEvent v = only(write(List.of(event(EventStatus.CONFIRMED))));
        String description = v.getProperty("DESCRIPTION").orElseThrow().getValue();
        assertEquals(
                String.join(
                        "\n",
                        "Group: Rust Nuremberg <https://www.meetup.com/rust-noris/>",
                        "Mode: virtual",
                        "Details: https://www.meetup.com/rust-noris/events/312379275/",
                        "Listed in This Week in Rust 629 <https://this-week-in-rust.org/blog/2025/12/10/this-week-in-rust-629/>"),
                description);
        assertEquals(
                "Rust Nürnberg online · Rust Nuremberg",
                v.getProperty("SUMMARY").orElseThrow().getValue());
        assertEquals("Rust,virtual,europe", v.getProperty("CATEGORIES").orElseThrow().getValue());
    }

    /**
     * Titles as TWiR has printed them: CJK, emoji (4-byte UTF-8), TEXT specials (RFC 5545 §3.3.11).
     */
    private static List<Event> unicodeEvents() {
        String[] titles = {
            "Rust 東京 もくもく会 〜 非同期ランタイム入門と所有権の話、そして懇親会と LT 大会（オンライン併催）",
            "🦀 Rustacean Station 🦀 Hack & Learn 🚀 with emoji in every 🦀 place 🦀 to cross 🦀 the fold 🦀 boundary 🦀",
            "Rust Kraków: Łódź, Gdańsk; Poznań \\ Wrocław — ćwiczenia z async/await, \"quoted\", and a very long line",
            "Встреча Rust-разработчиков Санкт-Петербурга: асинхронность, макросы и встраиваемые системы",
        };
        List<Event> list = new java.util.ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            Event e = event(EventStatus.CONFIRMED);
            e.uid = "0a6a4a3e-0000-3000-8000-00000000000" + i;
            e.title = titles[i];
            e.groupName = null;
            list.add(e);
        }
        return list;
    }

    @Test
    void shouldFoldLinesByOctetsWithoutSplittingACharacter() throws Exception {
        byte[] ics = write(unicodeEvents());
        // Valid UTF-8 as a whole: a fold inside a sequence would leave a broken one.
        StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(ics));
        int start = 0;
        int longest = 0;
        for (int i = 0; i + 1 < ics.length; i++) {
            if (ics[i] == '\r' && ics[i + 1] == '\n') {
                longest = Math.max(longest, i - start);
                start = i + 2;
                // Every physical line on its own is valid UTF-8 too.
                assertValidUtf8(ics, start);
            }
        }
        assertTrue(longest <= 75, "RFC 5545 §3.1: lines of at most 75 octets, found " + longest);
        assertEquals(ics.length, start, "ends with CRLF");
        assertFalse(
                new String(ics, StandardCharsets.UTF_8).replace("\r\n", "").contains("\n"),
                "bare LF");
    }

    private static void assertValidUtf8(byte[] ics, int lineStart) throws CharacterCodingException {
        int end = lineStart;
        while (end + 1 < ics.length && !(ics[end] == '\r' && ics[end + 1] == '\n')) {
            end++;
        }
        StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(ics, lineStart, Math.max(0, end - lineStart)));
    }

    @Test
    void shouldKeepNonLatinTitlesAndEmojiInEveryParser() throws Exception {
        List<Event> events = unicodeEvents();
        byte[] ics = write(events);
        List<String> expected = events.stream().map(e -> e.title).toList();
        assertEquals(
                expected,
                parse(ics).<VEvent>getComponents("VEVENT").stream()
                        .map(v -> v.getProperty("SUMMARY").orElseThrow().getValue())
                        .toList(),
                "ical4j");
        assertEquals(expected, summaries(IcalJs.parse(ics)), "ical.js");
        assertEquals(expected, summaries(PythonIcalendar.parse(ics)), "python-icalendar");
    }

    private static List<String> summaries(JsonNode parsed) {
        List<String> list = new java.util.ArrayList<>();
        parsed.get("events").forEach(e -> list.add(e.get("summary").asText()));
        return list;
    }

    @Test
    void shouldWriteAValidCalendarWhenNothingMatches() throws Exception {
        byte[] ics = write(List.of());
        Calendar calendar = parse(ics);
        assertEquals(0, calendar.getComponents("VEVENT").size());
        assertEquals(0, IcalJs.parse(ics).get("events").size());
        assertEquals(0, PythonIcalendar.parse(ics).get("events").size());
    }
}
