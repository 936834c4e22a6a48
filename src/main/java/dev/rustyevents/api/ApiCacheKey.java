package dev.rustyevents.api;

import java.time.LocalDate;

/**
 * Everything a cached API response depends on besides the data.
 *
 * @param path the request path, normalised
 * @param query the canonical query ({@link dev.rustyevents.http.QueryStrings#canonical})
 * @param mediaType the representation's media type (JSON or JSON-LD)
 * @param today the day (UTC) the request was answered on: defaults such as "from today" depend on
 *     it
 */
public record ApiCacheKey(String path, String query, String mediaType, LocalDate today) {}
