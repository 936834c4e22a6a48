package dev.rustyevents.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.net.URI;
import java.time.Duration;

/**
 * How the iCalendar feeds are published ({@code rusty-events.feeds.*}; each key also as an
 * environment variable, e.g. {@code RUSTY_EVENTS_FEEDS_PUBLIC_URL}).
 */
@ConfigMapping(prefix = "rusty-events.feeds")
public interface FeedConfig {

    /**
     * The service's public base URL, without a trailing slash. Feeds name themselves with it (RFC
     * 7986 SOURCE and URL) and subscribe links ({@code webcal://}, Google Calendar) are built on
     * it, so it must be the address subscribers reach.
     */
    @WithName("public-url")
    @WithDefault("http://localhost:8080")
    URI publicUrl();

    /**
     * The one rule for public addresses: feeds' SOURCE and URL, subscribe links, the pages' embed
     * snippet and JSON-LD {@code @id}s all join the base and a path with it.
     *
     * @param address a path and query starting with {@code /}, or empty for the base itself
     * @return {@link #publicUrl()} without its trailing slashes, followed by {@code address} (so
     *     one slash between them, and a base under a path keeps that path)
     */
    default String absolute(String address) {
        return publicUrl().toString().replaceAll("/+$", "") + address;
    }

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
