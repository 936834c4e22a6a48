package dev.rustyevents.jsonld;

import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventPlace;
import dev.rustyevents.event.EventStatus;
import dev.rustyevents.vocabulary.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Events as schema.org JSON-LD, following schema.org's Event vocabulary and the attendance-mode and
 * virtual-location terms search engines read (https://schema.org/eventAttendanceMode).
 */
public final class JsonLd {

    private static final String SCHEMA = "https://schema.org/";

    private JsonLd() {}

    /**
     * @param event an event
     * @param absolute turns a path into the address the public reaches ({@code
     *     http.PublicBase::absolute} of the request's public base); the event's {@code @id} is its
     *     API URL
     * @return the event as a document with its own {@code @context}
     */
    public static SchemaOrg.Event document(Event event, UnaryOperator<String> absolute) {
        return event(event, absolute, SchemaOrg.CONTEXT);
    }

    /**
     * @param events events, in the order to list them
     * @param absolute turns a path into the address the public reaches, as for {@link #document}
     * @return one document holding them all as a {@code @graph}
     */
    public static SchemaOrg.Graph graph(List<Event> events, UnaryOperator<String> absolute) {
        return new SchemaOrg.Graph(
                SchemaOrg.CONTEXT, events.stream().map(e -> event(e, absolute, null)).toList());
    }

    private static SchemaOrg.Event event(Event e, UnaryOperator<String> absolute, String context) {
        String status = e.status == EventStatus.DELISTED ? "EventCancelled" : "EventScheduled";
        SchemaOrg.Organization organizer =
                e.groupName == null && e.groupUrl == null
                        ? null
                        : new SchemaOrg.Organization(e.groupName, e.groupUrl);
        return new SchemaOrg.Event(
                context,
                absolute.apply("/api/events/" + e.uid),
                e.uid,
                e.title,
                e.startDate,
                e.endDate,
                SCHEMA + status,
                attendance(e.mode),
                location(e),
                organizer,
                e.eventUrl,
                description(e));
    }

    private static String attendance(Mode mode) {
        if (mode == null) {
            return null;
        }
        return SCHEMA
                + switch (mode) {
                    case IN_PERSON -> "OfflineEventAttendanceMode";
                    case VIRTUAL -> "OnlineEventAttendanceMode";
                    case HYBRID -> "MixedEventAttendanceMode";
                };
    }

    /** A hybrid event has both a Place and a VirtualLocation (schema.org: location may repeat). */
    private static List<Object> location(Event e) {
        List<Object> location = new ArrayList<>();
        if (e.mode != Mode.VIRTUAL && (e.city != null || e.country != null)) {
            location.add(
                    new SchemaOrg.Place(
                            EventPlace.display(e).replaceFirst(" and online$", ""),
                            new SchemaOrg.PostalAddress(
                                    e.placeName != null ? e.placeName : e.city,
                                    e.subdivision,
                                    e.country),
                            e.latitude == null
                                    ? null
                                    : new SchemaOrg.GeoCoordinates(e.latitude, e.longitude)));
        }
        String joinAt = e.eventUrl != null ? e.eventUrl : e.groupUrl;
        if ((e.mode == Mode.VIRTUAL || e.mode == Mode.HYBRID) && joinAt != null) {
            location.add(new SchemaOrg.VirtualLocation(joinAt));
        }
        return location.isEmpty() ? null : location;
    }

    private static String description(Event e) {
        String place = EventPlace.display(e);
        String who = e.groupName != null ? e.groupName : "A Rust community event";
        return who
                + (place != null ? " · " + place : "")
                + " · listed in This Week in Rust "
                + e.firstIssue;
    }
}
