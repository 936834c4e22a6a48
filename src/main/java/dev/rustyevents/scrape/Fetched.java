package dev.rustyevents.scrape;

import java.net.URI;

/**
 * The answer to one fetch.
 *
 * @param uri what was fetched (after the site root was applied)
 * @param notModified true when the server answered 304 to a conditional GET: {@code body} is null
 * @param body the response body (at most the configured size), or null when not modified
 * @param validators the validators to send next time
 */
public record Fetched(URI uri, boolean notModified, byte[] body, FetchValidators validators) {}
