package dev.rustyevents.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.net.URI;

/**
 * Where TWiR is read from ({@code rusty-events.twir.*}; each key also as an environment variable,
 * e.g. {@code RUSTY_EVENTS_TWIR_URL}).
 */
@ConfigMapping(prefix = "rusty-events.twir")
public interface TwirSourceConfig {

    /**
     * Site root (a URL; default {@code https://this-week-in-rust.org}): the live site, a mirror
     * over HTTP, or a {@code file:} directory laid out like the site. Links to the live origin
     * resolve against it.
     */
    @WithDefault("https://this-week-in-rust.org")
    URI url();

    /**
     * The live origin whose absolute links the pages carry (a URL; default {@code
     * https://this-week-in-rust.org}); stored URLs use it.
     */
    @WithName("canonical-url")
    @WithDefault("https://this-week-in-rust.org")
    URI canonicalUrl();
}
