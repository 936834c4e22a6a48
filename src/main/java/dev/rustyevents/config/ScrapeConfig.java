package dev.rustyevents.config;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/**
 * When TWiR's feed is scraped ({@code rusty-events.scrape.*}; each key also as an environment
 * variable, e.g. {@code RUSTY_EVENTS_SCRAPE_EVERY}).
 */
@ConfigMapping(prefix = "rusty-events.scrape")
public interface ScrapeConfig {

    /**
     * Interval between scheduled feed scrapes (Quarkus scheduler syntax, e.g. {@code 6h}; default
     * {@code 6h}); also read as {@code ${rusty-events.scrape.every}} by {@code ingest.ScrapeJob}'s
     * schedule.
     */
    @WithDefault("6h")
    String every();

    /**
     * @return {@link #every()} as a duration (e.g. {@code 6h}, {@code 3s}, {@code PT6H}), for what
     *     depends on it: sharing ticks across replicas, readiness' staleness
     * @throws IllegalArgumentException when it is not a duration
     */
    default Duration interval() {
        return DurationConverter.parseDuration(every());
    }

    /**
     * Whether to scrape the feed at start-up when the database holds no issue yet (default {@code
     * true}); skipped when {@link BackfillConfig#onStart()} backfills instead.
     */
    @WithName("on-start")
    @WithDefault("true")
    boolean onStart();
}
