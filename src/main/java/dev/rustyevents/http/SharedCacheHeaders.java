package dev.rustyevents.http;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a shared cache ({@code Cache-Control: public}) replays to everyone, made right just before a
 * response's headers are written.
 *
 * <p><b>{@code Access-Control-Allow-Origin}.</b> Quarkus' CORS filter answers {@code
 * quarkus.http.cors.origins=*} by echoing the request's {@code Origin} and sends no {@code Vary:
 * Origin}, so a cache would hand one site's echo to another site, whose browser then refuses the
 * answer. Nothing here uses credentials (the filter says {@code Access-Control-Allow-Credentials:
 * false}), so an echoed origin is replaced by the literal {@code *} (Fetch standard, CORS
 * protocol): the same bytes for every origin. Responses without an {@code Origin} get {@code *}
 * from {@code quarkus.http.filter.cors-any} (application.properties).
 *
 * <p><b>{@code Vary}</b> is written as one field line. Quarkus REST adds {@code Vary: Accept} to a
 * method that produces more than one type, {@link EncodedBody} adds {@code Accept-Encoding} and
 * Vert.x's static handler its own; each adds a line of its own. RFC 9110 §5.3 makes several lines
 * one list, but a single line is what every cache reads right. Names are kept in first-seen order,
 * once each (case-insensitive, §12.5.5); {@code *} stays alone.
 */
@ApplicationScoped
public class SharedCacheHeaders {

    private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    private static final String ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials";

    void install(@Observes Router router) {
        router.route()
                .order(Integer.MIN_VALUE)
                .handler(
                        context -> {
                            context.addHeadersEndHandler(
                                    v -> {
                                        MultiMap headers = context.response().headers();
                                        anyOrigin(headers);
                                        mergeVary(headers);
                                    });
                            context.next();
                        });
    }

    /**
     * @param headers response headers, changed in place: an {@code Access-Control-Allow-Origin}
     *     naming one origin becomes {@code *}, unless credentials are allowed (never here)
     */
    static void anyOrigin(MultiMap headers) {
        String origin = headers.get(ALLOW_ORIGIN);
        if (origin != null
                && !origin.equals("*")
                && !"true".equalsIgnoreCase(headers.get(ALLOW_CREDENTIALS))) {
            headers.set(ALLOW_ORIGIN, "*");
        }
    }

    /**
     * @param headers response headers, changed in place: every {@code Vary} line replaced by one
     *     line listing each name once, or left alone when there is at most one line
     */
    static void mergeVary(MultiMap headers) {
        List<String> lines = headers.getAll("Vary");
        if (lines.size() < 2) {
            return;
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (String line : lines) {
            for (String name : line.split(",")) {
                String trimmed = name.strip();
                if (!trimmed.isEmpty()) {
                    names.putIfAbsent(trimmed.toLowerCase(Locale.ROOT), trimmed);
                }
            }
        }
        headers.set("Vary", names.containsKey("*") ? "*" : String.join(", ", names.values()));
    }
}
