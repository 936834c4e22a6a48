package dev.rustyevents.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link AcceptEncoding#gzip}: whether a client accepts the feed's pre-compressed gzip body, by RFC
 * 9110 §12.5.3 (codings and their quality values, {@code *}, case-insensitive names).
 */
class AcceptEncodingTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "gzip, deflate, br, zstd", // Firefox, Chrome
                "deflate, gzip, br, zstd", // curl --compressed
                "gzip,deflate", // calendar fetchers, no spaces
                "gzip",
                "x-gzip", // §8.4.1.3: x-gzip is gzip
                "GZIP",
                "X-Gzip",
                "br;q=1.0, gzip;q=0.8, *;q=0.1",
                "gzip;q=0.001", // the smallest non-zero qvalue
                "gzip;Q=0.5", // parameter names are case-insensitive
                "gzip ; q=0.5 ", // optional whitespace around ';'
                "gzip;level=9", // another parameter, no q: q=1
                "*", // any coding
                "br, *;q=0.1",
                "*;q=0, gzip", // gzip named: the wildcard does not apply to it
                "identity;q=0, gzip",
                ",, gzip", // empty list elements (§5.6.1) are ignored
            })
    void shouldAcceptGzip(String header) {
        assertTrue(AcceptEncoding.gzip(header), header);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "identity",
                "identity;q=0", // refuses the identity coding, names no gzip
                "deflate, br, zstd",
                "gzip;q=0", // explicitly refused
                "gzip;q=0.0",
                "gzip;q=0.000",
                "x-gzip;q=0",
                "GZIP;Q=0",
                "gzip;q=0, *", // refused by name: a wildcard does not override it
                "*, gzip;q=0", // whatever the order
                "*;q=0",
                "br, *;q=0",
                "identity;q=0, *;q=0",
                "gzipped", // not a prefix match
                "gzip-extra",
                "gzip;q=abc", // malformed qvalue: not taken as acceptable
                "gzip;q=",
            })
    void shouldRefuseGzip(String header) {
        assertFalse(AcceptEncoding.gzip(header), header);
    }

    @Test
    void shouldRefuseGzipWhenTheHeaderIsAbsent() {
        // RFC 9110 §12.5.3: no Accept-Encoding means any coding is acceptable, but a client that
        // sends none may not decode one; the feed goes uncompressed.
        assertFalse(AcceptEncoding.gzip(null));
    }
}
