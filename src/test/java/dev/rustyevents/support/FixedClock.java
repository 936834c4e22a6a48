package dev.rustyevents.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * In tests "today" is the date of the newest issue in the fixture feed (TWiR 665, 2026-08-19), so
 * the default {@code from=today} selects real upcoming events of that issue.
 */
public class FixedClock {

    /** The publication date of TWiR 665, at noon UTC. */
    public static final Instant NOW = Instant.parse("2026-08-19T12:00:00Z");

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
