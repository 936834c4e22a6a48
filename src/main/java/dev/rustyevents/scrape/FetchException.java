package dev.rustyevents.scrape;

import java.net.URI;

/** A fetch that failed for good (after retries): HTTP error, timeout, too large, unreadable. */
public class FetchException extends Exception {

    private final URI uri;

    /**
     * @param uri what was being fetched
     * @param reason what went wrong, in a sentence
     * @param cause the underlying error, or null
     */
    public FetchException(URI uri, String reason, Throwable cause) {
        super(uri + ": " + reason, cause);
        this.uri = uri;
    }

    /**
     * @return what was being fetched.
     */
    public URI uri() {
        return uri;
    }
}
