package dev.rustyevents.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventPlace;
import dev.rustyevents.event.EventStatus;
import dev.rustyevents.place.GeoPoint;
import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.Region;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An event as the API shows it. Dates are ISO 8601 local dates ({@code endDate} inclusive);
 * instants are UTC.
 *
 * @param groupSlug the group's slug: its feed is {@code /groups/{groupSlug}/calendar.ics}
 * @param firstIssue the first TWiR issue that listed the event, in its "Upcoming Events" or (a
 *     conference) its "CFP - Events" section
 * @param lastIssue the last such issue
 * @param issues the TWiR issues that listed the event, ascending (only on {@code
 *     /api/events/{id}}): every issue whose "Upcoming Events" section listed it, and {@code
 *     firstIssue} and {@code lastIssue}, which may be CFP issues; so its first and last entries are
 *     always {@code firstIssue} and {@code lastIssue}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventDto(
        String id,
        String title,
        LocalDate startDate,
        LocalDate endDate,
        boolean yearInferred,
        Mode mode,
        String location,
        String city,
        String subdivision,
        String country,
        Region region,
        String groupName,
        String groupSlug,
        String groupUrl,
        String url,
        EventStatus status,
        int sequence,
        int firstIssue,
        int lastIssue,
        Instant createdAt,
        Instant updatedAt,
        List<Integer> issues,
        Place place,
        Double distanceKm) {

    /**
     * Where the event is, by the gazetteer (GeoNames): absent for a virtual event.
     *
     * @param name the canonical city name (GeoNames), null when unresolved
     * @param country ISO 3166-1 alpha-2, null when unresolved
     * @param subdivision ISO 3166-2 ({@code DE-BY}), null when unresolved or GeoNames has none
     * @param latitude WGS 84 degrees, null when unresolved
     * @param longitude WGS 84 degrees, null when unresolved
     * @param timeZone IANA time zone id, null when unresolved
     * @param geonameId GeoNames id ({@code https://www.geonames.org/{id}}), null when unresolved
     * @param resolution how TWiR's place was matched: {@code exact}, {@code alternate-name}, {@code
     *     subdivision-hint}, {@code fuzzy}, {@code from-title} or {@code none}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Place(
            String name,
            String country,
            String subdivision,
            Double latitude,
            Double longitude,
            String timeZone,
            Integer geonameId,
            String resolution) {

        /**
         * @return the event's place, or null for a virtual event
         */
        public static Place of(Event e) {
            if (e.placeResolution == null) {
                return null;
            }
            return new Place(
                    e.placeName,
                    e.geonameId == null ? null : e.country,
                    e.placeSubdivision,
                    e.latitude,
                    e.longitude,
                    e.timeZone,
                    e.geonameId,
                    e.placeResolution);
        }
    }

    /**
     * @return the DTO of an event, without its issue list.
     */
    public static EventDto of(Event e) {
        return of(e, null);
    }

    /**
     * @param e the event
     * @param listedIn the numbers of the issues whose "Upcoming Events" section listed it (its
     *     stored listings; a conference known only from the CFP section has none), or null for a
     *     list item, which names no issues
     * @return the DTO of an event with the issues that listed it: {@code listedIn} with the event's
     *     first and last issue, which the CFP section may have given (CFP entries are not stored
     *     one by one, so CFP issues between the two are not named)
     */
    public static EventDto of(Event e, List<Integer> listedIn) {
        return of(e, listedIn, null);
    }

    /**
     * @param e an event
     * @param listedIn the issues that list it, or null
     * @param near the centre of a distance filter, or null
     * @return its representation, with {@code distanceKm} (great-circle, haversine, 0.1 km) from
     *     {@code near} when both are known
     */
    public static EventDto of(Event e, List<Integer> listedIn, GeoPoint near) {
        java.util.TreeSet<Integer> issues = null;
        if (listedIn != null) {
            issues = new java.util.TreeSet<>(listedIn);
            issues.add(e.firstIssue);
            issues.add(e.lastIssue);
        }
        return new EventDto(
                e.uid,
                e.title,
                e.startDate,
                e.endDate,
                e.yearInferred,
                e.mode,
                EventPlace.display(e),
                e.city,
                e.subdivision,
                e.country,
                e.region,
                e.groupName,
                e.groupSlug,
                e.groupUrl,
                e.eventUrl,
                e.status,
                e.sequence,
                e.firstIssue,
                e.lastIssue,
                e.createdAt,
                e.updatedAt,
                issues == null ? null : List.copyOf(issues),
                Place.of(e),
                near == null || e.latitude == null
                        ? null
                        : Math.round(
                                        GeoPoint.distanceKm(
                                                        near.latitude(),
                                                        near.longitude(),
                                                        e.latitude,
                                                        e.longitude)
                                                * 10)
                                / 10.0);
    }
}
