package dev.rustyevents.ingest;

import dev.rustyevents.event.IssueStatus;
import dev.rustyevents.event.TwirIssue;

/**
 * What one issue's ingest did, for logs and callers.
 *
 * @param issue issue number
 * @param status what became of the issue
 * @param unchanged true when the content was the same as last time and nothing was read again
 * @param listings listings read
 * @param problems entries that could not be read
 * @param events distinct events the listings became
 * @param created events first seen in this issue
 * @param updated existing events whose visible fields changed (SEQUENCE raised)
 * @param delisted events the previous issue listed within this issue's window that this one dropped
 */
public record IngestReport(
        int issue,
        IssueStatus status,
        boolean unchanged,
        int listings,
        int problems,
        int events,
        int created,
        int updated,
        int delisted) {

    /**
     * @param issue an issue whose content is the same as when it was last read
     * @return the report of reading nothing again: the issue's stored counts, no event changed
     */
    static IngestReport unchanged(TwirIssue issue) {
        return new IngestReport(
                issue.number,
                issue.status,
                true,
                issue.listingCount,
                issue.problemCount,
                issue.eventCount,
                0,
                0,
                0);
    }

    /**
     * @param issue an issue recorded but not applied (anomalous, or without events)
     * @return its report: its counts, no event changed
     */
    static IngestReport notApplied(TwirIssue issue) {
        return new IngestReport(
                issue.number,
                issue.status,
                false,
                issue.listingCount,
                issue.problemCount,
                issue.eventCount,
                0,
                0,
                0);
    }

    /**
     * @param issue an applied issue, its counts set
     * @param created events it created
     * @param updated events whose visible fields it changed
     * @param delisted events it delisted
     * @return its report
     */
    static IngestReport applied(TwirIssue issue, int created, int updated, int delisted) {
        return new IngestReport(
                issue.number,
                issue.status,
                false,
                issue.listingCount,
                issue.problemCount,
                issue.eventCount,
                created,
                updated,
                delisted);
    }

    /**
     * @return a log line saying what happened to the data.
     */
    @Override
    public String toString() {
        if (unchanged) {
            return "issue " + issue + ": unchanged since last read";
        }
        return "issue "
                + issue
                + ": "
                + status.code()
                + ", "
                + listings
                + " listings, "
                + events
                + " events ("
                + (listings - events)
                + " merged), "
                + created
                + " new, "
                + updated
                + " updated, "
                + delisted
                + " delisted, "
                + problems
                + " unreadable";
    }
}
