package dev.rustyevents.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/**
 * How politely TWiR is fetched ({@code rusty-events.fetch.*}; each key also as an environment
 * variable, e.g. {@code RUSTY_EVENTS_FETCH_READ_TIMEOUT}). Read by {@code scrape.TwirFetcher}.
 */
@ConfigMapping(prefix = "rusty-events.fetch")
public interface FetchConfig {

    /** User-Agent sent with every request (text; default names the service and its repository). */
    @WithName("user-agent")
    @WithDefault(
            "RustyEvents/0.1 (+https://github.com/rusty-events/rusty-events; Rust community events calendar)")
    String userAgent();

    /** Connect timeout (a duration; default {@code 10s}). */
    @WithName("connect-timeout")
    @WithDefault("10s")
    Duration connectTimeout();

    /** Read timeout for one response (a duration; default {@code 30s}). */
    @WithName("read-timeout")
    @WithDefault("30s")
    Duration readTimeout();

    /**
     * Largest body accepted, in bytes (default 10485760, 10 MiB; a TWiR page is ~100 KB, the feed
     * ~250 KB).
     */
    @WithName("max-bytes")
    @WithDefault("10485760")
    long maxBytes();

    /**
     * Attempts per request for network errors, timeouts and 5xx/429 answers (a count; default 3).
     */
    @WithDefault("3")
    int attempts();

    /**
     * Wait before the second attempt, doubled for each further one (a duration; default {@code
     * 2s}).
     */
    @WithDefault("2s")
    Duration backoff();
}
