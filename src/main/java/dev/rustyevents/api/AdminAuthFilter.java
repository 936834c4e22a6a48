package dev.rustyevents.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.rustyevents.config.AdminConfig;
import dev.rustyevents.http.ProblemException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Guards {@code /api/admin/*} with a bearer token from the environment ({@code
 * RUSTY_EVENTS_ADMIN_TOKEN}); there is no built-in credential, and without one the admin endpoints
 * are disabled. Read endpoints stay public and are not counted. A single shared token is all the
 * service needs; Quarkus' identity providers that would do this (properties-file users) do not
 * resolve from the Maven repository this project builds against, and JWT would be a key
 * infrastructure for one operator credential.
 *
 * <p>Failed attempts (no or a wrong token) are logged and counted per client address: after {@code
 * rusty-events.admin.max-failures} within {@code rusty-events.admin.failure-window} (from its first
 * failure), every admin request from that address gets 429 with {@code Retry-After} until the
 * window ends, the right token too, so guessing needs no more tries than the limit allows. The
 * address is the connection's peer, or the forwarded client when {@code
 * quarkus.http.proxy.proxy-address-forwarding} is on behind a trusted proxy. The counts are a
 * Caffeine cache (already a dependency, native-ready) with a per-entry expiry at the window's end
 * and a bounded size; a token bucket (Bucket4j) would add a dependency for what is here a counter
 * that expires.
 */
public class AdminAuthFilter {

    private static final Logger LOG = Logger.getLogger(AdminAuthFilter.class);
    private static final String PREFIX = "Bearer ";

    /** The challenge of a 401 (RFC 6750 §3): the scheme and the protection space. */
    private static final String REALM = "Bearer realm=\"rusty-events admin\"";

    /** Addresses tracked at once; the least recently used drop out first. */
    private static final long MAX_ADDRESSES = 10_000;

    /** An address' failures in the window that began at {@code since} (nanoTime). */
    private record Failures(int count, long since) {}

    private final Optional<String> token;
    private final int maxFailures;
    private final Duration window;
    private final Cache<String, Failures> failures;

    /**
     * Shortest accepted token: a placeholder (the Secret template's {@code REPLACE-ME}) or a word
     * is guessable.
     */
    public static final int MIN_TOKEN_LENGTH = 16;

    /**
     * @param configured {@code rusty-events.admin.token} as configured
     * @return the token, or empty (admin disabled) when it is absent, blank or shorter than {@link
     *     #MIN_TOKEN_LENGTH} characters (logged as an error)
     */
    static Optional<String> usableToken(Optional<String> configured) {
        return configured.filter(t -> !t.isBlank()).filter(AdminAuthFilter::strongEnough);
    }

    private static boolean strongEnough(String token) {
        if (token.strip().length() >= MIN_TOKEN_LENGTH) {
            return true;
        }
        LOG.errorf(
                "admin: RUSTY_EVENTS_ADMIN_TOKEN is shorter than %d characters; admin endpoints stay disabled",
                MIN_TOKEN_LENGTH);
        return false;
    }

    public AdminAuthFilter(AdminConfig config) {
        this.token = usableToken(config.token());
        this.maxFailures = config.maxFailures();
        this.window = config.failureWindow();
        long windowNanos = window.toNanos();
        this.failures =
                Caffeine.newBuilder()
                        .maximumSize(MAX_ADDRESSES)
                        .expireAfter(
                                new Expiry<String, Failures>() {
                                    @Override
                                    public long expireAfterCreate(
                                            String address, Failures value, long now) {
                                        return windowNanos;
                                    }

                                    @Override
                                    public long expireAfterUpdate(
                                            String address,
                                            Failures value,
                                            long now,
                                            long remaining) {
                                        return remaining;
                                    }

                                    @Override
                                    public long expireAfterRead(
                                            String address,
                                            Failures value,
                                            long now,
                                            long remaining) {
                                        return remaining;
                                    }
                                })
                        .build();
    }

    /**
     * @throws ProblemException 403 when no admin token is configured; 429 with {@code Retry-After}
     *     while the client address is locked out; 401 for no or a wrong token, with {@code
     *     WWW-Authenticate: Bearer realm="rusty-events admin"} and, for a wrong bearer token,
     *     {@code error="invalid_token"} (RFC 6750 §3, §3.1)
     */
    @ServerRequestFilter(preMatching = true)
    public Optional<Response> guard(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/admin")) {
            return Optional.empty();
        }
        if (token.isEmpty()) {
            throw new ProblemException(
                    Response.Status.FORBIDDEN,
                    null,
                    "admin endpoints are disabled: set RUSTY_EVENTS_ADMIN_TOKEN (at least "
                            + MIN_TOKEN_LENGTH
                            + " characters) to enable them",
                    null);
        }
        String address = address(http);
        Failures seen = failures.getIfPresent(address);
        if (seen != null && seen.count() >= maxFailures) {
            throw lockedOut(seen);
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean ok =
                header != null
                        && header.startsWith(PREFIX)
                        && MessageDigest.isEqual(
                                header.substring(PREFIX.length())
                                        .strip()
                                        .getBytes(StandardCharsets.UTF_8),
                                token.get().getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            Failures now =
                    failures.asMap()
                            .compute(
                                    address,
                                    (a, f) ->
                                            f == null
                                                    ? new Failures(1, System.nanoTime())
                                                    : new Failures(f.count() + 1, f.since()));
            LOG.warnf(
                    "admin: refused %s %s from %s (%s), failure %d of %d allowed in %s",
                    request.getMethod(),
                    path,
                    address,
                    header == null ? "no credential" : "wrong credential",
                    now.count(),
                    maxFailures,
                    window);
            if (now.count() == maxFailures) {
                LOG.warnf(
                        "admin: %s locked out for %d s after %d failed attempts",
                        address, remaining(now).toSeconds(), now.count());
            }
            throw ProblemException.unauthorized(
                    "Authorization",
                    "a valid bearer token is required",
                    header != null && header.startsWith(PREFIX)
                            ? REALM + ", error=\"invalid_token\""
                            : REALM);
        }
        return Optional.empty();
    }

    private ProblemException lockedOut(Failures seen) {
        Duration wait = remaining(seen);
        return ProblemException.tooManyRequests(
                "too many failed admin attempts from this address; try again in "
                        + Math.max(1, (wait.toMillis() + 999) / 1000)
                        + " s",
                wait);
    }

    private Duration remaining(Failures f) {
        Duration left = window.minusNanos(System.nanoTime() - f.since());
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String address(HttpServerRequest http) {
        SocketAddress remote = http.remoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.hostAddress() != null ? remote.hostAddress() : remote.toString();
    }
}
