package dev.rustyevents.calendar;

import dev.rustyevents.config.FeedConfig;
import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventRepository;
import dev.rustyevents.event.IssueRepository;
import dev.rustyevents.http.FeedSpec;
import dev.rustyevents.http.PublicBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One event as an iCalendar document of its own, for "add this event to my calendar" (an import,
 * not a subscription): the same VEVENT the feeds hold, written by {@link CalendarWriter}, so its
 * UID and SEQUENCE are the feeds' and a calendar that has both keeps one copy.
 */
@ApplicationScoped
public class EventCalendar {

    private final EventRepository events;
    private final IssueRepository issues;
    private final CalendarWriter writer;
    private final FeedConfig config;

    public EventCalendar(
            EventRepository events,
            IssueRepository issues,
            CalendarWriter writer,
            FeedConfig config) {
        this.events = events;
        this.issues = issues;
        this.writer = writer;
        this.config = config;
    }

    /**
     * @param uid an event's id (its RFC 5545 UID), as in {@code /events/{id}}
     * @param base the public base of the calendar's SOURCE and URL (RFC 7986)
     * @return a VCALENDAR (UTF-8, CRLF, folded; see {@link CalendarWriter#write}) holding exactly
     *     that event's VEVENT, or empty when no visible event has the id
     */
    @Transactional
    public Optional<byte[]> write(String uid, PublicBase base) {
        Optional<Event> found = events.findByUid(uid);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Event event = found.get();
        URI source = URI.create(base.absolute(path(event.uid)));
        FeedSpec spec =
                new FeedSpec(
                        event.title,
                        "One Rust event from the Upcoming Events of This Week in Rust, by Rusty"
                                + " Events");
        return Optional.of(
                writer.write(
                        spec,
                        source,
                        config.refreshInterval(),
                        List.of(event),
                        issues.urlsOf(List.of(event.firstIssue))));
    }

    /**
     * @param uid an event's id
     * @return the path of its one-event calendar, {@code /events/{id}/calendar.ics}
     */
    static String path(String uid) {
        return "/events/" + uid + "/calendar.ics";
    }
}
