package dev.rustyevents.event;

import com.fasterxml.jackson.annotation.JsonValue;

/** What became of an ingested TWiR issue. */
public enum IssueStatus {
    /** Its events section was read; its listings are stored. */
    INGESTED("ingested"),
    /** The page has no events section (early issues, stripped copies): no event was touched. */
    NO_EVENTS("no-events"),
    /**
     * The page was read but looks wrong: its events section is missing or empty, or it lists fewer
     * than half the entries of the issue before it. No event was touched.
     */
    ANOMALOUS("anomalous"),
    /** Fetching or reading it failed; {@code statusDetail} says why and no event was touched. */
    FAILED("failed");

    private final String code;

    IssueStatus(String code) {
        this.code = code;
    }

    /**
     * @return the wire name used in JSON and the database.
     */
    @JsonValue
    public String code() {
        return code;
    }
}
