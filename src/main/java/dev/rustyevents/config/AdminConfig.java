package dev.rustyevents.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The admin endpoints {@code /api/admin/*} ({@code rusty-events.admin.*}; each key also as an
 * environment variable, e.g. {@code RUSTY_EVENTS_ADMIN_TOKEN}).
 */
@ConfigMapping(prefix = "rusty-events.admin")
public interface AdminConfig {

    /**
     * Bearer token that admin endpoints require (text, at least 16 characters). No default: without
     * it the admin endpoints are disabled.
     */
    Optional<String> token();

    /**
     * Failed admin attempts (no or a wrong token) one client address may make within {@link
     * #failureWindow()} (a count; default 5); the next request from it, even with the right token,
     * gets 429 until the window that began with its first failure ends.
     */
    @WithName("max-failures")
    @WithDefault("5")
    int maxFailures();

    /**
     * The window failed admin attempts are counted in, from an address' first failure (a duration;
     * default {@code 1m}).
     */
    @WithName("failure-window")
    @WithDefault("1m")
    Duration failureWindow();

    /**
     * A directory of saved TWiR pages ({@code .html}, or plain-text {@code .txt} copies) that
     * {@code POST /api/admin/import} reads (a path; no default: without it that endpoint answers
     * 409).
     */
    @WithName("import-dir")
    Optional<Path> importDir();
}
