package dev.rustyevents.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventPlace;
import dev.rustyevents.event.EventStatus;
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
 * @param issues the TWiR issue numbers that listed the event (only on {@code /api/events/{id}})
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
        List<Integer> issues) {

    /**
     * @return the DTO of an event, without its issue list.
     */
    public static EventDto of(Event e) {
        return of(e, null);
    }

    /**
     * @return the DTO of an event with the numbers of the issues that listed it.
     */
    public static EventDto of(Event e, List<Integer> issues) {
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
                issues);
    }
}
