package dev.rustyevents.calendar;

import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventStatus;
import dev.rustyevents.event.Mode;
import dev.rustyevents.event.Region;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class CalendarWriterTest {

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
        e.title = "Rust Nürnberg online";
        e.eventUrl = "https://www.meetup.com/rust-noris/events/312379275/";
        e.status = status;
        e.sequence = 1;
        e.firstIssue = 629;
        e.createdAt = Instant.parse("2025-12-10T06:00:00Z");
        e.updatedAt = Instant.parse("2025-12-24T06:00:00Z");
        return e;
    }

    private static VEvent only(byte[] ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        return events.get(0);
    }

    @Test
    void shouldShowADelistedEventAsCancelled() throws Exception {
        VEvent v = only(writer.write(new FeedSpec("t", "t"), List.of(event(EventStatus.DELISTED))));
        assertEquals("CANCELLED", v.getProperty("STATUS").orElseThrow().getValue());
        assertEquals("1", v.getProperty("SEQUENCE").orElseThrow().getValue());
    }

    @Test
    void shouldTakeDtstampFromTheRecordSoBytesAreStable() throws Exception {
        byte[] first = writer.write(new FeedSpec("t", "t"), List.of(event(EventStatus.CONFIRMED)));
        byte[] second = writer.write(new FeedSpec("t", "t"), List.of(event(EventStatus.CONFIRMED)));
        assertArrayEquals(first, second);
        VEvent v = only(first);
        assertEquals("20251224T060000Z", v.getProperty("DTSTAMP").orElseThrow().getValue());
        assertEquals("CONFIRMED", v.getProperty("STATUS").orElseThrow().getValue());
        assertEquals("Online", v.getProperty("LOCATION").orElseThrow().getValue());
    }
}
