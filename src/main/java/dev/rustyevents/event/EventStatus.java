package dev.rustyevents.event;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether an event is still on. Feeds show {@link #CONFIRMED} as RFC 5545 {@code STATUS:CONFIRMED}
 * and {@link #DELISTED} as {@code STATUS:CANCELLED} (TWiR dropped it while its date was still
 * ahead).
 */
public enum EventStatus {
    CONFIRMED("confirmed"),
    DELISTED("delisted");

    private final String code;

    EventStatus(String code) {
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
