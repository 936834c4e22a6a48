package dev.rustyevents.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rustyevents.event.IssueStatus;
import dev.rustyevents.event.TwirIssue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An ingested TWiR issue.
 *
 * @param problemCount entries of its events section that could not be read (a missing section is no
 *     entry: its status is {@code no-events} or {@code anomalous} and {@code statusDetail} says so)
 * @param heldBack why the listings read were applied to no event (the anomaly: a missing section or
 *     a drop by more than half against the issue before); present only for an {@code anomalous}
 *     issue
 * @param listings the issue's listings as parsed and the event each became (only on {@code
 *     /api/issues/{number}}); those of a held-back issue are there too, marked {@code heldBack}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IssueDto(
        int number,
        LocalDate date,
        String url,
        String title,
        IssueStatus status,
        String statusDetail,
        int listingCount,
        int eventCount,
        int problemCount,
        Instant ingestedAt,
        String heldBack,
        List<ListingDto> listings) {

    /**
     * @return the DTO of an issue, without listings.
     */
    public static IssueDto of(TwirIssue i) {
        return of(i, null);
    }

    /**
     * @return the DTO of an issue with its listings.
     */
    public static IssueDto of(TwirIssue i, List<ListingDto> listings) {
        return new IssueDto(
                i.number,
                i.published,
                i.url,
                i.title,
                i.status,
                i.statusDetail,
                i.listingCount,
                i.eventCount,
                i.problemCount,
                i.ingestedAt,
                i.status == IssueStatus.ANOMALOUS ? i.statusDetail : null,
                listings);
    }
}
