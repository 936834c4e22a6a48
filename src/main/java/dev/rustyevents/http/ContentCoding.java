package dev.rustyevents.http;

/**
 * The content codings (RFC 9110 §8.4.1) a cached representation is kept in: none, gzip (RFC 1952)
 * and Brotli (RFC 7932). Their order is the server's preference among equally acceptable ones:
 * smallest first.
 */
public enum ContentCoding {
    /** Brotli, {@code br}: about a fifth smaller than gzip for HTML, JSON and iCalendar. */
    BR("br"),
    /** gzip, {@code gzip} (also accepted as {@code x-gzip}, RFC 9110 §8.4.1.3). */
    GZIP("gzip"),
    /** No coding: the bytes as rendered. */
    IDENTITY("identity");

    private final String token;

    ContentCoding(String token) {
        this.token = token;
    }

    /**
     * @return the coding's name as written in {@code Accept-Encoding} and {@code Content-Encoding}
     */
    public String token() {
        return token;
    }
}
