package dev.rustyevents.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventCorrection;
import dev.rustyevents.vocabulary.Mode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An event's correction as the admin API shows it: the corrected fields (absent = TWiR's value
 * stands), whether the event is hidden, why, when, and the event as it now is.
 *
 * @param event the event with the correction applied (shown to the operator even when hidden)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CorrectionDto(
        String title,
        LocalDate startDate,
        LocalDate endDate,
        Mode mode,
        String city,
        String subdivision,
        String country,
        String groupName,
        String groupUrl,
        String eventUrl,
        boolean hidden,
        String note,
        Instant createdAt,
        Instant updatedAt,
        EventDto event) {

    /**
     * @return the DTO of a stored correction and its event
     */
    public static CorrectionDto of(EventCorrection c, Event event) {
        return new CorrectionDto(
                c.title,
                c.startDate,
                c.endDate,
                c.mode,
                c.city,
                c.subdivision,
                c.country,
                c.groupName,
                c.groupUrl,
                c.eventUrl,
                c.hidden,
                c.note,
                c.createdAt,
                c.updatedAt,
                EventDto.of(event));
    }
}
