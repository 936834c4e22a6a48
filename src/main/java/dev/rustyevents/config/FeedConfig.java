package dev.rustyevents.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * How the iCalendar feeds are published ({@code rusty-events.feeds.*}; each key also as an
 * environment variable, e.g. {@code RUSTY_EVENTS_FEEDS_PUBLIC_URL}).
 */
@ConfigMapping(prefix = "rusty-events.feeds")
public interface FeedConfig {

    /**
     * The service's public base URL, e.g. {@code https://events.example.org} (a trailing slash is
     * dropped; a base under a path keeps that path). Feeds name themselves with it (RFC 7986 SOURCE
     * and URL), and subscribe links ({@code webcal://}, Google Calendar), the pages' embed snippet
     * and JSON-LD identifiers are built on it. Optional: without it each request's links are built
     * on that request's own scheme and Host (behind a proxy, its forwarded ones), see {@code
     * http.PublicBases}; set it when the service must name one address whatever the request says.
     */
    @WithName("public-url")
    Optional<URI> publicUrl();

    /**
     * How often calendar apps should poll: RFC 7986 REFRESH-INTERVAL and Outlook's X-PUBLISHED-TTL.
     * TWiR is weekly, so hours are plenty.
     */
    @WithName("refresh-interval")
    @WithDefault("6h")
    Duration refreshInterval();

    /**
     * HTTP {@code Cache-Control: max-age} of a feed response, and the longest a rendered feed is
     * kept in memory (so a replica sees another's ingest within it).
     */
    @WithName("max-age")
    @WithDefault("1h")
    Duration maxAge();

    /**
     * Default feed window: events that ended up to this many days ago are still included, so a new
     * subscriber is not flooded with ten years of history. Per request: {@code past_days}.
     */
    @WithName("past-days")
    @WithDefault("30")
    int pastDays();

    /**
     * Days a delisted event stays in the feeds as STATUS:CANCELLED after it was delisted, so
     * subscribed calendars see the change before it disappears.
     */
    @WithName("cancelled-days")
    @WithDefault("30")
    int cancelledDays();

    /** Rendered feeds kept in memory (one per distinct filter, least recently used evicted). */
    @WithName("cache-size")
    @WithDefault("1000")
    int cacheSize();
}
