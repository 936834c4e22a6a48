package dev.rustyevents.http;

import dev.rustyevents.config.FeedConfig;
import io.quarkus.runtime.Startup;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Picks the {@link PublicBase} of the request in hand: {@code rusty-events.feeds.public-url} when
 * it is set, else the request's own scheme and authority. Behind a reverse proxy those are the
 * proxy's {@code Forwarded} (RFC 7239) or {@code X-Forwarded-Proto/Host/Port} values when {@code
 * quarkus.http.proxy.proxy-address-forwarding} (with {@code allow-forwarded} / {@code
 * allow-x-forwarded} and {@code enable-forwarded-host}) is on; Quarkus applies them to the Vert.x
 * request before a resource sees it. Call {@link #current()} on the request's own thread (in the
 * resource method), never from a rendering on a worker thread. Created at start-up, so a bad {@code
 * public-url} stops the start.
 */
@Startup
@ApplicationScoped
public class PublicBases {

    private final Optional<PublicBase> configured;
    private final HttpServerRequest request;

    /**
     * @param config the feeds' configuration, whose {@code public-url} wins when present
     * @param request the current request (a request-scoped proxy), read only without the setting
     * @throws IllegalArgumentException at start-up when {@code public-url} is not an absolute
     *     http(s) URL
     */
    public PublicBases(FeedConfig config, HttpServerRequest request) {
        this.configured = config.publicUrl().map(PublicBase::of);
        this.request = request;
    }

    /**
     * @return the base the current request's links are built on
     * @throws ProblemException 400 naming {@code Host} when the setting is absent and the request's
     *     scheme or authority is unusable ({@link PublicBase#of(String, String, int)})
     */
    public PublicBase current() {
        if (configured.isPresent()) {
            return configured.get();
        }
        HostAndPort authority = request.authority();
        return PublicBase.of(
                request.scheme(),
                authority == null ? null : authority.host(),
                authority == null ? -1 : authority.port());
    }
}
