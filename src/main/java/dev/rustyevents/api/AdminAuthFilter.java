package dev.rustyevents.api;

import dev.rustyevents.config.TwirConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Guards {@code /api/admin/*} with a bearer token from the environment
 * ({@code RUSTY_EVENTS_ADMIN_TOKEN}); there is no built-in credential, and without one the admin
 * endpoints are disabled. Read endpoints stay public. A single shared token is all the service
 * needs; Quarkus' identity providers that would do this (properties-file users) do not resolve
 * from the Maven repository this project builds against, and JWT would be a key infrastructure
 * for one operator credential.
 */
public class AdminAuthFilter {

    private static final Logger LOG = Logger.getLogger(AdminAuthFilter.class);
    private static final String PREFIX = "Bearer ";

    private final Optional<String> token;

    public AdminAuthFilter(TwirConfig config) {
        this.token = config.admin().token().filter(t -> !t.isBlank());
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> guard(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/admin")) {
            return Optional.empty();
        }
        if (token.isEmpty()) {
            throw new ProblemException(Response.Status.FORBIDDEN, null,
                    "admin endpoints are disabled: set RUSTY_EVENTS_ADMIN_TOKEN to enable them", null);
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean ok = header != null && header.startsWith(PREFIX) && MessageDigest.isEqual(
                header.substring(PREFIX.length()).strip().getBytes(StandardCharsets.UTF_8), token.get().getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            LOG.warnf("admin: refused %s %s (%s)", request.getMethod(), path, header == null ? "no credential" : "wrong credential");
            throw new ProblemException(Response.Status.UNAUTHORIZED, "Authorization", "a valid bearer token is required", null);
        }
        return Optional.empty();
    }
}
