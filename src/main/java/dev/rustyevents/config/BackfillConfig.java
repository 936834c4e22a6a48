package dev.rustyevents.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/**
 * Reading TWiR's whole archive ({@code rusty-events.backfill-on-start} and {@code
 * rusty-events.backfill.*}; each key also as an environment variable, e.g. {@code
 * RUSTY_EVENTS_BACKFILL_DELAY}). The prefix is the root because the start-up switch sits beside the
 * {@code backfill.} group rather than in it; the names are public (README, deploy/), so they stay
 * as they are.
 */
@ConfigMapping(prefix = "rusty-events")
public interface BackfillConfig {

    /**
     * Whether to backfill the whole archive ({@code <root>/blog/archives/}) at start-up (default
     * {@code false}); an interrupted backfill continues where it stopped.
     */
    @WithName("backfill-on-start")
    @WithDefault("false")
    boolean onStart();

    /**
     * Pause between two page requests of a backfill, one request at a time (a duration; default
     * {@code 1s}).
     */
    @WithName("backfill.delay")
    @WithDefault("1s")
    Duration delay();
}
