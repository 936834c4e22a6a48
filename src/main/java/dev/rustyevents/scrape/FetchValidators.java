package dev.rustyevents.scrape;

/**
 * HTTP validators of a fetched resource, sent back for a conditional GET (RFC 9110 §13).
 *
 * @param etag the {@code ETag} header as received, or null
 * @param lastModified the {@code Last-Modified} header as received (HTTP-date), or null
 */
public record FetchValidators(String etag, String lastModified) {

    /** No validators: the next request is unconditional. */
    public static final FetchValidators NONE = new FetchValidators(null, null);
}
