package dev.rustyevents.web;

import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventPlace;
import dev.rustyevents.event.EventStatus;
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
        boolean delisted) {

    /**
     * @return the row of an event
     */
    public static EventRow of(Event e) {
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
                e.status == EventStatus.DELISTED);
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
