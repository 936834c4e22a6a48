package dev.rustyevents.api;

import dev.rustyevents.cluster.DataVersionChanged;
import dev.rustyevents.config.ApiConfig;
import dev.rustyevents.http.DataVersionCache;
import dev.rustyevents.http.EncodedBody;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Serves every JSON API response the same way: rendered once per data version and cached ({@link
 * DataVersionCache}: a repeated request is a hash lookup on the event loop), with a strong ETag,
 * {@code If-None-Match} answered 304 (RFC 9110 §13.1.2), {@code Cache-Control: public}, gzip or
 * Brotli when asked for (compressed once, {@link EncodedBody}) and, for paged lists, an RFC 8288
 * {@code Link} header. CORS is Quarkus' (application.properties).
 */
@ApplicationScoped
public class ApiResponses {

    private final ApiRenderer renderer;
    private final DataVersionCache<ApiCacheKey, JsonRepresentation> cache;
    private final String cacheControl;

    public ApiResponses(ApiRenderer renderer, ApiConfig config, MeterRegistry registry) {
        this.renderer = renderer;
        this.cache = new DataVersionCache<>("api", config.cacheSize(), config.maxAge(), registry);
        this.cacheControl = "public, max-age=" + config.maxAge().toSeconds();
    }

    /**
     * @param key what the response depends on besides the data
     * @param body the resource's query and mapping, run on a miss (in a transaction, on a worker
     *     thread)
     * @param request for conditional GET
     * @param headers the request headers
     * @return 200 with the JSON, or 304 when {@code If-None-Match} names the current ETag; fails
     *     with the body's {@link ProblemException} (404, …), which is not cached
     */
    public Uni<Response> serve(
            ApiCacheKey key, Supplier<ApiBody> body, Request request, HttpHeaders headers) {
        return Uni.createFrom()
                .completionStage(() -> cache.get(key, () -> renderer.render(body, key.mediaType())))
                .onFailure(CompletionException.class)
                .transform(Throwable::getCause)
                .map(json -> respond(json, request, headers));
    }

    private Response respond(JsonRepresentation json, Request request, HttpHeaders headers) {
        // Vary: Accept is Quarkus REST's, on every method that @Produces more than one type;
        // http.SharedCacheHeaders joins it with this Accept-Encoding.
        return json.body()
                .respond(200, json.mediaType(), request, headers)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .links(json.links().toArray(Link[]::new))
                .build();
    }

    /** Drops every cached response once the data changed, in this replica or another. */
    void onChange(@Observes DataVersionChanged change) {
        cache.clear();
    }
}
