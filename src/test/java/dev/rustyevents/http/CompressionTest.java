package dev.rustyevents.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages, API answers, the SVG chart and the feeds in gzip and Brotli, compressed once per data
 * version ({@link EncodedBody}): only when asked, by quality value, each coding with its own strong
 * tag (RFC 9110 §8.8.3) that {@code If-None-Match} must name, and {@code Vary: Accept-Encoding}.
 */
@QuarkusTest
class CompressionTest {

    private static final String[] PATHS = {
        "/api/feeds", "/stats", "/stats/chart.svg", "/calendars/virtual.ics"
    };

    /**
     * No automatic {@code Accept-Encoding} and no decoding: the bytes as sent; without the OpenAPI
     * validation filter, which cannot read a compressed body (other tests validate the same answers
     * uncoded).
     */
    private static RequestSpecification raw() {
        RestAssuredConfig config =
                RestAssured.config()
                        .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
        return given().noFilters().config(config);
    }

    private static ExtractableResponse<Response> get(String path, String acceptEncoding) {
        RequestSpecification request = raw();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return request.get(path).then().statusCode(200).extract();
    }

    private static String unquoted(String tag) {
        return tag.substring(1, tag.length() - 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/feeds", "/stats", "/stats/chart.svg", "/calendars/virtual.ics"})
    void shouldCompressOnlyWhenAskedAndTagEachCoding(String path) throws Exception {
        var plain = get(path, null);
        assertNull(plain.header("Content-Encoding"), path + ": not asked, not compressed");
        String tag = unquoted(plain.header("ETag"));

        var gzip = get(path, "gzip");
        assertEquals("gzip", gzip.header("Content-Encoding"), path);
        assertEquals("\"" + tag + "-gzip\"", gzip.header("ETag"), path);
        assertTrue(gzip.header("Vary").contains("Accept-Encoding"), path);
        byte[] unzipped =
                new GZIPInputStream(new ByteArrayInputStream(gzip.asByteArray())).readAllBytes();
        assertArrayEquals(plain.asByteArray(), unzipped, path);

        Brotli4jLoader.ensureAvailability();
        var br = get(path, "gzip, deflate, br, zstd");
        assertEquals("br", br.header("Content-Encoding"), path + ": equal quality, smaller coding");
        assertEquals("\"" + tag + "-br\"", br.header("ETag"), path);
        assertArrayEquals(
                plain.asByteArray(),
                Decoder.decompress(br.asByteArray()).getDecompressedData(),
                path);
        assertTrue(br.asByteArray().length < plain.asByteArray().length, path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/feeds", "/stats", "/calendars/virtual.ics"})
    void shouldHonourQualityValues(String path) {
        assertNull(get(path, "gzip;q=0, br;q=0").header("Content-Encoding"), "q=0 refuses");
        assertNull(get(path, "*;q=0").header("Content-Encoding"));
        assertEquals("gzip", get(path, "br;q=0.5, gzip").header("Content-Encoding"));
        assertEquals("gzip", get(path, "br;q=0, *").header("Content-Encoding"));
        assertNull(get(path, "gzip;q=2").header("Content-Encoding"), "qvalue above 1: malformed");
        assertNull(get(path, "br;q=Infinity").header("Content-Encoding"));
        assertNull(get(path, "gzip;q=0.5, identity").header("Content-Encoding"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/feeds", "/stats", "/stats/chart.svg", "/calendars/virtual.ics"})
    void shouldAnswer304OnlyToTheTagOfTheCodingAskedFor(String path) {
        String gzipTag = get(path, "gzip").header("ETag");
        raw().header("Accept-Encoding", "gzip")
                .header("If-None-Match", gzipTag)
                .get(path)
                .then()
                .statusCode(304)
                .header("ETag", gzipTag)
                .header("Vary", containsString("Accept-Encoding"))
                .header("Content-Encoding", (String) null);
        raw().header("Accept-Encoding", "br")
                .header("If-None-Match", gzipTag)
                .get(path)
                .then()
                .statusCode(200)
                .header("Content-Encoding", "br");
        raw().header("If-None-Match", gzipTag)
                .get(path)
                .then()
                .statusCode(200)
                .header("Content-Encoding", (String) null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/events?size=1", "/api/events?size=1&country=DE"})
    void shouldSendOneVaryLineNamingAcceptAndAcceptEncoding(String path) {
        var answer = get(path, "gzip");
        assertEquals(1, answer.headers().getValues("Vary").size(), answer.headers().toString());
        assertEquals("Accept, Accept-Encoding", answer.header("Vary"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/calendars/virtual.ics", "/calendar.ics"})
    void shouldAnswerHeadWithTheHeadersOfTheCodingAskedFor(String path) {
        var get = get(path, "gzip");
        var head =
                raw().header("Accept-Encoding", "gzip").head(path).then().statusCode(200).extract();
        assertEquals("gzip", head.header("Content-Encoding"));
        assertEquals(get.header("ETag"), head.header("ETag"));
        assertEquals(0, head.asByteArray().length);
    }
}
