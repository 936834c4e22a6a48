package dev.rustyevents.web;

import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventPlace;
import dev.rustyevents.event.EventStatus;
import dev.rustyevents.place.GeoPoint;
import dev.rustyevents.vocabulary.Mode;

/**
 * One event as a list on a page shows it.
 *
 * @param id the event's id (its RFC 5545 UID); its page is {@code /events/{id}}
 * @param title the title as TWiR wrote it
 * @param dates the days for people ({@link Dates#span})
 * @param shortDates the days without the year, for lists under a week heading that carries it
 *     ({@link Dates#shortSpan}: "Tue 8 Sep")
 * @param startDate first day, ISO 8601, for {@code <time datetime>}
 * @param endDate last day (inclusive), ISO 8601
 * @param groupName the organising group, or null
 * @param groupSlug the group's slug (its page is {@code /groups/{slug}}), or null
 * @param place {@link EventPlace#display}: "Online", "City, Country", or null when unknown
 * @param mode {@code in-person}, {@code virtual}, {@code hybrid}, or null when TWiR did not say
 * @param modeLabel the mode for people ("In person", "Virtual", "Hybrid"), or null
 * @param url the event's own page, or null
 * @param delisted whether the newest issue no longer lists it
 * @param distance how far its place is from the filter's {@code near} ("12 km away", "under 1 km
 *     away": great-circle, whole kilometres), or null without {@code near} or coordinates
 */
public record EventRow(
        String id,
        String title,
        String dates,
        String shortDates,
        String startDate,
        String endDate,
        String groupName,
        String groupSlug,
        String place,
        String mode,
        String modeLabel,
        String url,
        boolean delisted,
        String distance) {

    /**
     * @return the row of an event
     */
    public static EventRow of(Event e) {
        return of(e, null);
    }

    /**
     * @param e an event
     * @param near the centre of the page's distance filter, or null
     * @return the row of an event, with its distance from {@code near} when both are known
     */
    public static EventRow of(Event e, GeoPoint near) {
        return new EventRow(
                e.uid,
                e.title,
                Dates.span(e.startDate, e.endDate),
                Dates.shortSpan(e.startDate, e.endDate),
                e.startDate.toString(),
                e.endDate.toString(),
                e.groupName,
                e.groupSlug == null || e.groupSlug.isEmpty() ? null : e.groupSlug,
                EventPlace.display(e),
                e.mode == null ? null : e.mode.code(),
                modeLabel(e.mode),
                e.eventUrl,
                e.status == EventStatus.DELISTED,
                near == null || e.latitude == null
                        ? null
                        : distance(
                                GeoPoint.distanceKm(
                                        near.latitude(),
                                        near.longitude(),
                                        e.latitude,
                                        e.longitude)));
    }

    /**
     * @param km a distance in kilometres
     * @return it for people, in whole kilometres: "12 km away", "1,234 km away", "under 1 km away"
     */
    static String distance(double km) {
        long whole = Math.round(km);
        return whole < 1
                ? "under 1 km away"
                : String.format(java.util.Locale.ENGLISH, "%,d km away", whole);
    }

    /**
     * @return the mode for people, or null for none
     */
    static String modeLabel(Mode mode) {
        if (mode == null) {
            return null;
        }
        return switch (mode) {
            case IN_PERSON -> "In person";
            case VIRTUAL -> "Virtual";
            case HYBRID -> "Hybrid";
        };
    }
}
