package dev.rustyevents.web;

import dev.rustyevents.cluster.DataVersionChanged;
import dev.rustyevents.config.ApiConfig;
import dev.rustyevents.http.DataVersionCache;
import dev.rustyevents.http.EncodedBody;
import dev.rustyevents.http.PublicBase;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Serves every page the way the API serves JSON: rendered once per data version and kept ({@link
 * DataVersionCache}), with a strong ETag, {@code If-None-Match} answered 304 (RFC 9110 §13.1.2) and
 * gzip or Brotli when asked for, compressed once ({@link EncodedBody}: {@code /stats}' 176 KB are
 * 15 KB in gzip). {@code Cache-Control: no-cache}: browsers keep the page but ask again each time,
 * which costs a 304 while the data is unchanged, so nobody sees last week's list. Security headers
 * (CSP per page kind) are Quarkus' ({@code application.properties}).
 */
@ApplicationScoped
public class PageResponses {

    static final String HTML = "text/html;charset=UTF-8";
    static final String SVG = "image/svg+xml;charset=UTF-8";

    /**
     * What a page depends on besides the data.
     *
     * @param path the request path
     * @param query the raw query string, or {@code ""}
     * @param today today (UTC), for the default window
     * @param base the public base the page's absolute links (subscribe, embed snippet, JSON-LD) are
     *     built on, so one Host's links are never replayed to another
     */
    record Key(String path, String query, LocalDate today, PublicBase base) {}

    /**
     * A page's bytes, in every content coding with their strong tags, with status and media type.
     */
    record Rendered(int status, EncodedBody body, String mediaType) {}

    private final DataVersionCache<Key, Rendered> cache;

    public PageResponses(ApiConfig config, MeterRegistry registry) {
        this.cache = new DataVersionCache<>("pages", config.cacheSize(), config.maxAge(), registry);
    }

    /**
     * @param key what the page depends on
     * @param mediaType {@link #HTML}, {@link #SVG}, or the crawler files' ({@link Sitemap})
     * @param page renders it on a miss (worker thread; {@link WebPages} opens the transaction)
     * @param request for conditional GET
     * @param headers the request headers
     * @return the page with its status, or 304 when {@code If-None-Match} names its tag
     */
    Uni<Response> serve(
            Key key, String mediaType, Supplier<Html> page, Request request, HttpHeaders headers) {
        return Uni.createFrom()
                .completionStage(
                        () ->
                                cache.get(
                                        key,
                                        () -> {
                                            Html html = page.get();
                                            return new Rendered(
                                                    html.status(),
                                                    EncodedBody.of(html.body()),
                                                    mediaType);
                                        }))
                .onFailure(CompletionException.class)
                .transform(Throwable::getCause)
                .map(r -> respond(r, request, headers));
    }

    private static Response respond(Rendered page, Request request, HttpHeaders headers) {
        return page.body()
                .respond(page.status(), page.mediaType(), request, headers)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
    }

    /** Drops every kept page once the data changed, in this replica or another. */
    void onChange(@Observes DataVersionChanged change) {
        cache.clear();
    }
}
