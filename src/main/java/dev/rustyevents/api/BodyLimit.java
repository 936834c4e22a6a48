package dev.rustyevents.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustyevents.http.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request whose declared body ({@code Content-Length}) is larger than {@code
 * quarkus.http.limits.max-body-size} gets a 413 problem (RFC 9457), as every other error does.
 * Quarkus refuses such a request in its HTTP layer, before JAX-RS and so before {@link
 * ProblemMapper}, with an empty 413; this route runs just before that check and answers the same
 * status with problem details. A chunked body that grows past the limit is still cut off by Quarkus
 * while it is read, with an empty 413.
 */
@ApplicationScoped
public class BodyLimit {

    private final Optional<MemorySize> max;
    private final ObjectMapper mapper;

    public BodyLimit(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> max,
            ObjectMapper mapper) {
        this.max = max;
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        max.ifPresent(
                limit ->
                        router.route()
                                .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                                .handler(context -> refuseOrPass(context, limit.asLongValue())));
    }

    private void refuseOrPass(RoutingContext context, long limit) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !length.matches("\\d{1,18}") || Long.parseLong(length) <= limit) {
            context.next();
            return;
        }
        Response.Status status = Response.Status.REQUEST_ENTITY_TOO_LARGE;
        Problem problem =
                new Problem(
                        "about:blank",
                        status.getReasonPhrase(),
                        status.getStatusCode(),
                        "the body is "
                                + length
                                + " bytes; at most "
                                + limit
                                + " are accepted (quarkus.http.limits.max-body-size)",
                        context.request().path(),
                        null,
                        null);
        try {
            context.response()
                    .setStatusCode(status.getStatusCode())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
