package dev.rustyevents.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link AcceptEncoding#choose}: which pre-compressed body a client gets, by RFC 9110 §12.5.3
 * (codings and their quality values, {@code *}, case-insensitive names) and §12.4.2 (the qvalue
 * grammar).
 */
class AcceptEncodingTest {

    private static final Set<ContentCoding> GZIP_ONLY =
            EnumSet.of(ContentCoding.GZIP, ContentCoding.IDENTITY);
    private static final Set<ContentCoding> ALL = EnumSet.allOf(ContentCoding.class);

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
        assertEquals(ContentCoding.GZIP, AcceptEncoding.choose(header, GZIP_ONLY), header);
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
                // RFC 9110 §12.4.2: a qvalue is 0 to 1 with at most three decimals; anything else
                // is malformed, and a malformed element is ignored, not taken as acceptable
                "gzip;q=2",
                "gzip;q=1.5",
                "gzip;q=1.001",
                "gzip;q=0.0001",
                "gzip;q=Infinity",
                "gzip;q=NaN",
                "gzip;q=-1",
                "gzip;q=1e0",
                "gzip;q=.5",
                "gzip;q=0x1",
                "gzip;q=0.5, identity", // identity named with a higher quality wins
                "gzip, identity;q=0.5, *;q=0, gzip;q=0", // the last element for a name decides
            })
    void shouldRefuseGzip(String header) {
        assertEquals(ContentCoding.IDENTITY, AcceptEncoding.choose(header, GZIP_ONLY), header);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "gzip, deflate, br, zstd | BR", // equal quality: the smaller coding
                "br;q=0.5, gzip | GZIP", // quality values honoured
                "br;q=0.9, gzip;q=0.8 | BR",
                "br;q=0, * | GZIP", // br refused by name, gzip by the wildcard
                "br;q=1.0, gzip;q=0.999 | BR",
                "br;q=1.1, gzip;q=0.5 | GZIP", // br's qvalue is malformed: ignored
                "* | BR",
                "BR | BR",
                "identity | IDENTITY",
                "br;q=0.5, identity;q=0.5 | BR", // a tie with identity: compressed
            })
    void shouldChooseTheAcceptableCodingWithTheHighestQuality(
            String header, ContentCoding expected) {
        assertEquals(expected, AcceptEncoding.choose(header, ALL), header);
    }

    @Test
    void shouldNotOfferACodingTheBodyIsNotKeptIn() {
        assertEquals(ContentCoding.IDENTITY, AcceptEncoding.choose("br", GZIP_ONLY));
        assertEquals(ContentCoding.GZIP, AcceptEncoding.choose("br, gzip;q=0.1", GZIP_ONLY));
        assertEquals(
                ContentCoding.IDENTITY,
                AcceptEncoding.choose("gzip", EnumSet.of(ContentCoding.IDENTITY)));
    }

    @Test
    void shouldRefuseGzipWhenTheHeaderIsAbsent() {
        // RFC 9110 §12.5.3: no Accept-Encoding means any coding is acceptable, but a client that
        // sends none may not decode one; the body goes uncompressed.
        assertEquals(ContentCoding.IDENTITY, AcceptEncoding.choose(null, ALL));
    }
}
