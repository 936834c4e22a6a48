package dev.rustyevents.web;

/**
 * A rendered page.
 *
 * @param status the HTTP status (200, 400 for a refused filter, 404)
 * @param body the HTML, UTF-8
 */
public record Html(int status, byte[] body) {

    /**
     * @return a 200 page
     */
    static Html ok(byte[] body) {
        return new Html(200, body);
    }
}
