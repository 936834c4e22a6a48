package dev.rustyevents.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.UncheckedIOException;

/**
 * A request whose scheme or authority (its Host, or with proxy forwarding on the {@code Forwarded}
 * / {@code X-Forwarded-*} values that replace it) is not a plain http(s) host name or address gets
 * a 400 problem (RFC 9457) before anything reads it: Quarkus REST would otherwise fail building the
 * request URI (a 500), and a link must never be built on it ({@link PublicBase#of(String, String,
 * int)} has the rule). A request that names no host at all (HTTP/1.0) passes: only {@link
 * PublicBases} needs one, and only without a configured public URL.
 */
@ApplicationScoped
public class HostCheck {

    private final ObjectMapper mapper;

    public HostCheck(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        HostAndPort authority = request.authority();
        if (authority == null) {
            context.next();
            return;
        }
        try {
            PublicBase.of(request.scheme(), authority.host(), authority.port());
        } catch (ProblemException e) {
            refuse(context, e);
            return;
        }
        context.next();
    }

    private void refuse(RoutingContext context, ProblemException e) {
        int status = e.status().getStatusCode();
        Problem problem =
                new Problem(
                        "about:blank",
                        e.status().getReasonPhrase(),
                        status,
                        e.getMessage(),
                        null,
                        "Host",
                        null);
        try {
            context.response()
                    .setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
