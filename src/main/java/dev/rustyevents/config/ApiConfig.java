package dev.rustyevents.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/**
 * How the JSON API is cached ({@code rusty-events.api.*}; each key also as an environment variable,
 * e.g. {@code RUSTY_EVENTS_API_MAX_AGE}).
 */
@ConfigMapping(prefix = "rusty-events.api")
public interface ApiConfig {

    /**
     * HTTP {@code Cache-Control: max-age} of API responses, and the longest a rendered response is
     * kept in memory (so a replica sees another's ingest within it). TWiR is weekly; minutes keep
     * pages fresh while sparing the database.
     */
    @WithName("max-age")
    @WithDefault("5m")
    Duration maxAge();

    /**
     * Rendered responses kept in memory (one per distinct URL and media type, least recently used
     * evicted).
     */
    @WithName("cache-size")
    @WithDefault("2000")
    int cacheSize();
}
