package dev.rustyevents.api;

import dev.rustyevents.http.PublicBase;
import java.time.LocalDate;

/**
 * Everything a cached API response depends on besides the data.
 *
 * @param path the request path, normalised
 * @param query the canonical query ({@link dev.rustyevents.http.QueryStrings#canonical})
 * @param mediaType the representation's media type (JSON or JSON-LD)
 * @param today the day (UTC) the request was answered on: defaults such as "from today" depend on
 *     it
 * @param base the public base the body's absolute addresses (subscribe links, JSON-LD {@code @id})
 *     are built on, so that one Host's links are never replayed to another; null for a body that
 *     holds none
 */
public record ApiCacheKey(
        String path, String query, String mediaType, LocalDate today, PublicBase base) {

    /**
     * The key of a body that holds no address built on the public base (no subscribe link, no
     * JSON-LD): the same for every Host.
     */
    public ApiCacheKey(String path, String query, String mediaType, LocalDate today) {
        this(path, query, mediaType, today, null);
    }
}
