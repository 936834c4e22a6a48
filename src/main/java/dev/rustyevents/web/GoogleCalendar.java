package dev.rustyevents.web;

import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventPlace;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

/** Google Calendar's "create event" template link for one event. */
final class GoogleCalendar {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private GoogleCalendar() {}

    /**
     * @param e the event (whole days: TWiR gives no times)
     * @param page the event's page on this site, absolute, for the details
     * @return {@code https://calendar.google.com/calendar/render?action=TEMPLATE&text=…
     *     &dates=YYYYMMDD/YYYYMMDD&details=…&location=…}: an all-day event whose end day is
     *     exclusive (the day after the last, as RFC 5545 §3.6.1 DTEND), values form-encoded; no
     *     {@code location} when the place is unknown
     */
    static String template(Event e, String page) {
        String details =
                (e.eventUrl == null ? "" : e.eventUrl + "\n\n")
                        + "Listed in This Week in Rust: "
                        + page;
        String place = EventPlace.display(e);
        return "https://calendar.google.com/calendar/render?action=TEMPLATE&text="
                + encode(e.title)
                + "&dates="
                + BASIC.format(e.startDate)
                + "/"
                + BASIC.format(e.endDate.plusDays(1))
                + "&details="
                + encode(details)
                + (place == null ? "" : "&location=" + encode(place));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
