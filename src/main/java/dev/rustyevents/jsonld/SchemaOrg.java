package dev.rustyevents.jsonld;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rustyevents.event.Event;
import java.time.LocalDate;
import java.util.List;

/**
 * The schema.org types we write (https://schema.org/Event and what it refers to), as records
 * Jackson writes; {@code @context} is on the outermost object only.
 */
public final class SchemaOrg {

    /** The JSON-LD context of every document. */
    public static final String CONTEXT = "https://schema.org";

    /** The JSON-LD media type (W3C JSON-LD 1.1 §9). */
    public static final String MEDIA_TYPE = "application/ld+json";

    private SchemaOrg() {}

    /**
     * A https://schema.org/Event.
     *
     * @param context {@code https://schema.org} on a document's outermost object, else null
     * @param id the event's URL in this API (a stable IRI)
     * @param identifier its id (iCalendar UID)
     * @param name its title
     * @param startDate first day, ISO 8601 date (TWiR gives no times)
     * @param endDate last day, inclusive
     * @param eventStatus {@code https://schema.org/EventScheduled}, or {@code EventCancelled} once
     *     TWiR delisted it
     * @param eventAttendanceMode {@code Offline}, {@code Online} or {@code
     *     MixedEventAttendanceMode}
     * @param location a {@link Place}, a {@link VirtualLocation}, or both for a hybrid event
     * @param organizer the group
     * @param url the event's page
     * @param description one line saying who and where
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@context", "@type", "@id"})
    public record Event(
            @JsonProperty("@context") String context,
            @JsonProperty("@id") String id,
            String identifier,
            String name,
            LocalDate startDate,
            LocalDate endDate,
            String eventStatus,
            String eventAttendanceMode,
            List<Object> location,
            Organization organizer,
            String url,
            String description) {

        @JsonProperty("@type")
        public String type() {
            return "Event";
        }
    }

    /**
     * A https://schema.org/Place with its address.
     *
     * @param name the place as people read it ("Berlin, Germany")
     * @param address its PostalAddress
     * @param geo its coordinates, or null when the place is not resolved
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    public record Place(String name, PostalAddress address, GeoCoordinates geo) {

        @JsonProperty("@type")
        public String type() {
            return "Place";
        }
    }

    /**
     * A https://schema.org/GeoCoordinates, WGS 84 decimal degrees.
     *
     * @param latitude degrees north
     * @param longitude degrees east
     */
    @JsonPropertyOrder({"@type"})
    public record GeoCoordinates(double latitude, double longitude) {

        @JsonProperty("@type")
        public String type() {
            return "GeoCoordinates";
        }
    }

    /**
     * A https://schema.org/PostalAddress.
     *
     * @param addressLocality the city
     * @param addressRegion the subdivision as TWiR wrote it ({@code WA})
     * @param addressCountry ISO 3166-1 alpha-2 code
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    public record PostalAddress(
            String addressLocality, String addressRegion, String addressCountry) {

        @JsonProperty("@type")
        public String type() {
            return "PostalAddress";
        }
    }

    /**
     * A https://schema.org/VirtualLocation.
     *
     * @param url where to join (the event's page)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    public record VirtualLocation(String url) {

        @JsonProperty("@type")
        public String type() {
            return "VirtualLocation";
        }
    }

    /**
     * A https://schema.org/Organization: the group.
     *
     * @param name its name
     * @param url its page
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    public record Organization(String name, String url) {

        @JsonProperty("@type")
        public String type() {
            return "Organization";
        }
    }

    /**
     * A list of events as one document: a JSON-LD {@code @graph} under one context, which search
     * engines read as so many Event nodes.
     *
     * @param context {@code https://schema.org}
     * @param graph the events, without their own context
     */
    @JsonPropertyOrder({"@context", "@graph"})
    public record Graph(
            @JsonProperty("@context") String context, @JsonProperty("@graph") List<Event> graph) {}
}
