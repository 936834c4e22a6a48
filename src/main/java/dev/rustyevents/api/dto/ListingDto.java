package dev.rustyevents.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rustyevents.event.IssueStatus;
import dev.rustyevents.event.StoredListing;
import dev.rustyevents.vocabulary.Mode;
import java.time.LocalDate;

/**
 * One entry of an issue's events section as parsed, with the id of the event it became (null, with
 * {@code problem} set, when it could not be read; null when an operator hid the event; null, with
 * {@code heldBack} true, when the issue's read was applied to no event).
 *
 * @param heldBack true when the entry was read but its issue was held back (anomalous: see the
 *     issue's {@code heldBack}), so it became no event; absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListingDto(
        int position,
        String regionHeading,
        String raw,
        LocalDate startDate,
        LocalDate endDate,
        boolean yearInferred,
        Mode mode,
        String location,
        String city,
        String subdivision,
        String country,
        String groupName,
        String groupUrl,
        String title,
        String url,
        String problem,
        String eventId,
        Boolean heldBack) {

    /**
     * @return the DTO of a stored listing.
     */
    public static ListingDto of(StoredListing l) {
        return new ListingDto(
                l.ordinal,
                l.regionHeading,
                l.raw,
                l.startDate,
                l.endDate,
                l.yearInferred,
                l.mode,
                l.locationRaw,
                l.city,
                l.subdivision,
                l.country,
                l.groupName,
                l.groupUrl,
                l.title,
                l.eventUrl,
                l.problem,
                l.event == null || l.event.hidden ? null : l.event.uid,
                l.event == null && l.problem == null && l.issue.status != IssueStatus.INGESTED
                        ? Boolean.TRUE
                        : null);
    }
}
