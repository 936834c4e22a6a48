package dev.rustyevents.config;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.net.URI;
import java.time.Duration;

/**
 * Where TWiR is read from and how politely ({@code rusty-events.*}; each key also as an
 * environment variable, e.g. {@code RUSTY_EVENTS_TWIR_URL}).
 */
@ConfigMapping(prefix = "rusty-events")
public interface TwirConfig {

    /** The TWiR site. */
    Twir twir();

    /** Fetching. */
    Fetch fetch();

    /** Scheduled scraping. */
    Scrape scrape();

    /**
     * Whether to backfill the whole archive ({@code <root>/blog/archives/}) at start-up; an
     * interrupted backfill continues where it stopped.
     */
    @WithName("backfill-on-start")
    @WithDefault("false")
    boolean backfillOnStart();

    /** Archive backfill. */
    Backfill backfill();

    /** Admin endpoints. */
    Admin admin();

    /** Replicas sharing one database. */
    Cluster cluster();

    interface Cluster {
        /**
         * How often this replica reads the data version (Quarkus scheduler syntax), dropping its
         * rendered answers when another replica changed the data; read by
         * {@code cluster.DataVersion}'s schedule.
         */
        @WithName("version-check")
        @WithDefault("10s")
        String versionCheck();
    }

    interface Backfill {
        /** Pause between two page requests of a backfill (one request at a time). */
        @WithDefault("1s")
        Duration delay();
    }

    interface Admin {
        /**
         * Bearer token that admin endpoints ({@code /api/admin/*}) require. No default: without
         * it the admin endpoints are disabled.
         */
        java.util.Optional<String> token();

        /**
         * Failed admin attempts (no or a wrong token) one client address may make within
         * {@link #failureWindow()}; the next request from it, even with the right token, gets 429
         * until the window that began with its first failure ends.
         */
        @WithName("max-failures")
        @WithDefault("5")
        int maxFailures();

        /** The window failed admin attempts are counted in, from an address' first failure. */
        @WithName("failure-window")
        @WithDefault("1m")
        Duration failureWindow();

        /** A directory of saved TWiR pages ({@code .html}, or plain-text {@code .txt} copies) that {@code POST /api/admin/import} reads. */
        @WithName("import-dir")
        java.util.Optional<java.nio.file.Path> importDir();
    }

    interface Twir {
        /**
         * Site root: {@code https://this-week-in-rust.org}, a mirror over HTTP, or a {@code file:}
         * directory laid out like the site. Links to the live origin resolve against it.
         */
        @WithDefault("https://this-week-in-rust.org")
        URI url();

        /** The live origin whose absolute links the pages carry; stored URLs use it. */
        @WithName("canonical-url")
        @WithDefault("https://this-week-in-rust.org")
        URI canonicalUrl();
    }

    interface Fetch {
        /** User-Agent sent with every request. */
        @WithName("user-agent")
        @WithDefault("RustyEvents/0.1 (+https://github.com/rusty-events/rusty-events; Rust community events calendar)")
        String userAgent();

        /** Connect timeout. */
        @WithName("connect-timeout")
        @WithDefault("10s")
        Duration connectTimeout();

        /** Read timeout for one response. */
        @WithName("read-timeout")
        @WithDefault("30s")
        Duration readTimeout();

        /** Largest body accepted, in bytes (a TWiR page is ~100 KB, the feed ~250 KB). */
        @WithName("max-bytes")
        @WithDefault("10485760")
        long maxBytes();

        /** Attempts per request for network errors, timeouts and 5xx/429 answers. */
        @WithDefault("3")
        int attempts();

        /** Wait before the second attempt; doubled for each further one. */
        @WithDefault("2s")
        Duration backoff();
    }

    interface Scrape {
        /** Interval between scheduled feed scrapes (Quarkus scheduler syntax, e.g. {@code 6h}). */
        @WithDefault("6h")
        String every();

        /**
         * @return {@link #every()} as a duration (e.g. {@code 6h}, {@code 3s}, {@code PT6H}), for
         *         what depends on it: sharing ticks across replicas, readiness' staleness
         * @throws IllegalArgumentException when it is not a duration
         */
        default Duration interval() {
            return DurationConverter.parseDuration(every());
        }

        /** Whether to scrape the feed at start-up when the database holds no issue yet. */
        @WithName("on-start")
        @WithDefault("true")
        boolean onStart();
    }
}
