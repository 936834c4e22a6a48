package dev.rustyevents.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.http.Problem;
import dev.rustyevents.support.FixtureSite;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every public GET endpoint of {@code openapi.yaml}, every query parameter, hostile values:
 * malformed dates, out-of-range and huge numbers, unknown codes, overlong text, SQL and header
 * injection, NUL bytes, invalid UTF-8. Each answer is the documented status, a 400 problem+json
 * naming the parameter where the value is invalid, never a 500, never a header the value tried to
 * inject, and the data is the same afterwards.
 */
@QuarkusTest
class HostileQueryTest {

    /** How a parameter's values are checked. */
    enum Kind {
        /** An ISO 8601 date (or date-time): everything hostile is a 400. */
        DATE,
        /**
         * A closed set (region, mode, status, sort, by) or a code (country, subdivision): a 400.
         */
        CODE,
        /** A whole number in a range (page, size); every hostile value is out of it. */
        NUMBER,
        /** past_days: 0 is a valid value. */
        DAYS,
        /** Free text (q, city, group): up to 200 characters, anything else is data. */
        TEXT
    }

    /** The fixture site's group every group endpoint is asked about. */
    private static final String SLUG = "{slug}";

    private static final Map<String, Map<String, Kind>> ENDPOINTS = new LinkedHashMap<>();

    static {
        Map<String, Kind> filter = new LinkedHashMap<>();
        filter.put("from", Kind.DATE);
        filter.put("to", Kind.DATE);
        filter.put("region", Kind.CODE);
        filter.put("country", Kind.CODE);
        filter.put("subdivision", Kind.CODE);
        filter.put("city", Kind.TEXT);
        filter.put("mode", Kind.CODE);
        filter.put("group", Kind.TEXT);
        filter.put("q", Kind.TEXT);
        Map<String, Kind> events = new LinkedHashMap<>(filter);
        events.put("status", Kind.CODE);
        events.put("updated_since", Kind.DATE);
        events.put("sort", Kind.CODE);
        events.put("page", Kind.NUMBER);
        events.put("size", Kind.NUMBER);
        ENDPOINTS.put("/api/events", events);
        Map<String, Kind> groupEvents = new LinkedHashMap<>(events);
        groupEvents.remove("group");
        ENDPOINTS.put("/api/groups/" + SLUG + "/events", groupEvents);
        ENDPOINTS.put(
                "/api/groups",
                Map.of(
                        "q",
                        Kind.TEXT,
                        "country",
                        Kind.CODE,
                        "region",
                        Kind.CODE,
                        "page",
                        Kind.NUMBER,
                        "size",
                        Kind.NUMBER));
        ENDPOINTS.put("/api/countries", Map.of("region", Kind.CODE));
        Map<String, Kind> stats = new LinkedHashMap<>(filter);
        stats.put("by", Kind.CODE);
        ENDPOINTS.put("/api/stats", stats);
        Map<String, Kind> feed = new LinkedHashMap<>(filter);
        feed.put("past_days", Kind.DAYS);
        ENDPOINTS.put("/calendar.ics", feed);
        Map<String, Kind> named = new LinkedHashMap<>(feed);
        named.remove("region");
        named.remove("mode");
        ENDPOINTS.put("/calendars/europe.ics", named);
        ENDPOINTS.put(
                "/groups/" + SLUG + "/calendar.ics",
                Map.of(
                        "past_days",
                        Kind.DAYS,
                        "from",
                        Kind.DATE,
                        "to",
                        Kind.DATE,
                        "mode",
                        Kind.CODE));
    }

    /** A hostile value: how it is sent (already percent-encoded) and what it is. */
    record Hostile(String name, String encoded) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Hostile plain(String name, String value) {
        return new Hostile(name, URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    /**
     * Values outside every parameter's domain except free text, where all but the overlong are
     * data.
     */
    static final List<Hostile> VALUES =
            List.of(
                    plain("malformed date", "2026-13-45"),
                    plain("31 February", "2026-02-31"),
                    plain("word", "yesterday"),
                    plain("negative", "-1"),
                    plain("2^31", "2147483648"),
                    plain("1e99", "1e99"),
                    plain("20 digits", "99999999999999999999"),
                    plain("SQL tautology", "' OR 1=1--"),
                    new Hostile("SQL drop", "%27;DROP%20TABLE%20event;--"),
                    new Hostile("header injection", "%0d%0aSet-Cookie:x=y"),
                    new Hostile("NUL byte", "a%00b"),
                    new Hostile("invalid UTF-8 (C3 28)", "%C3%28"),
                    new Hostile("invalid UTF-8 (FF FE)", "%FF%FE"),
                    plain("1 KB", "x".repeat(1024)),
                    plain("3 KB of multi-byte text", "é".repeat(500)));

    /** What free text refuses: too long, control characters, bytes that are not UTF-8. */
    private static final Set<String> NOT_TEXT =
            Set.of(
                    "1 KB",
                    "3 KB of multi-byte text",
                    "header injection",
                    "NUL byte",
                    "invalid UTF-8 (C3 28)",
                    "invalid UTF-8 (FF FE)");

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        ENDPOINTS.forEach(
                (path, params) ->
                        params.forEach(
                                (param, kind) ->
                                        VALUES.forEach(
                                                v ->
                                                        cases.add(
                                                                Arguments.of(
                                                                        path, param, kind, v)))));
        return cases.stream();
    }

    private static String slug;
    private static String fingerprint;

    @BeforeEach
    void load() {
        if (slug == null) {
            FixtureSite.load();
            slug =
                    given().get("/api/groups?size=1")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getString("items[0].slug");
            fingerprint = fingerprint();
        }
    }

    /**
     * @return what the database holds, as the API shows it: every issue with its counts, every
     *     event id and sequence
     */
    private static String fingerprint() {
        return given().get("/api/issues").then().statusCode(200).extract().body().asString()
                + given().get("/api/events?from=1970-01-01&size=200&sort=updated")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.collect { it.id + ':' + it.sequence }");
    }

    private static Response get(String pathAndQuery) {
        return given().urlEncodingEnabled(false).get(pathAndQuery.replace(SLUG, slug));
    }

    @ParameterizedTest(name = "{0} {1}={3}")
    @MethodSource("cases")
    void shouldRejectOrTreatAsDataEveryHostileValue(
            String path, String param, Kind kind, Hostile value) {
        Response response = get(path + "?" + param + "=" + value.encoded());
        int status = response.statusCode();
        assertNotEquals(500, status, response.asString());
        assertFalse(response.headers().hasHeaderWithName("Set-Cookie"), "no injected header");
        assertTrue(
                response.headers().asList().stream()
                        .noneMatch(
                                h ->
                                        h.getName().equalsIgnoreCase("x")
                                                || h.getValue().indexOf('\r') >= 0
                                                || h.getValue().indexOf('\n') >= 0),
                response.headers().toString());
        boolean data = kind == Kind.TEXT && !NOT_TEXT.contains(value.name());
        if (data) {
            assertTrue(
                    status == 200,
                    path + " " + param + "=" + value + ": " + status + " " + response.asString());
        } else {
            assertEquals(
                    400, status, path + " " + param + "=" + value + ": " + response.asString());
            assertEquals(Problem.MEDIA_TYPE, response.contentType().replaceAll(";.*", ""));
            assertEquals(param, response.jsonPath().getString("parameter"), response.asString());
            assertEquals(400, response.jsonPath().getInt("status"));
        }
    }

    @Test
    void shouldRefuseFromAfterToOnEveryEndpointThatTakesBoth() {
        ENDPOINTS.forEach(
                (path, params) -> {
                    if (params.containsKey("from") && params.containsKey("to")) {
                        Response response = get(path + "?from=2026-09-01&to=2026-08-31");
                        assertEquals(400, response.statusCode(), path);
                        assertEquals("to", response.jsonPath().getString("parameter"), path);
                    }
                });
    }

    @Test
    void shouldLeaveTheDataAsItWasAfterInjectionAttempts() {
        for (String path : ENDPOINTS.keySet()) {
            for (String param : List.of("q", "city", "group")) {
                get(path + "?" + param + "=%27;DROP%20TABLE%20event;--");
                get(path + "?" + param + "=%27%20OR%201=1--");
                get(path + "?" + param + "=x%27);DELETE%20FROM%20event;--");
            }
        }
        assertEquals(
                0,
                given().get("/api/events?q=%27%20OR%201=1--&from=1970-01-01")
                        .jsonPath()
                        .getInt("total"),
                "the tautology is text to search for, not SQL");
        assertEquals(fingerprint, fingerprint());
    }

    /**
     * Escapes no HTTP client library will send: a lone {@code %}, a truncated one, a NUL in the
     * path.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/events?q=%",
                "/api/events?from=%4",
                "/api/events?q=%zz",
                "/calendar.ics?q=%C3",
                "/api/events/%00",
                "/api/groups/%00",
                "/api/groups/%"
            })
    void shouldRefuseMalformedPercentEncodingWithoutAServerError(String target) throws Exception {
        try (java.net.Socket socket =
                new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write(
                            ("GET "
                                            + target
                                            + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                                    .getBytes(StandardCharsets.ISO_8859_1));
            String answer =
                    new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String statusLine = answer.substring(0, answer.indexOf("\r\n"));
            assertTrue(statusLine.matches("HTTP/1\\.1 4\\d\\d .*"), target + " -> " + answer);
            assertFalse(answer.toLowerCase(java.util.Locale.ROOT).contains("set-cookie"), answer);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {10 * 1024, 64 * 1024 - 100})
    void shouldRefuseARequestLineLongerThanTheHttpLimitWithoutReadingIt(int length)
            throws Exception {
        URI uri =
                URI.create(
                        "http://localhost:"
                                + io.restassured.RestAssured.port
                                + "/api/events?q="
                                + "x".repeat(length)
                                + "%0d%0aSet-Cookie:x=y");
        HttpResponse<String> response =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(uri).build(),
                                HttpResponse.BodyHandlers.ofString());
        assertEquals(414, response.statusCode());
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty());
        assertEquals(fingerprint, fingerprint());
    }
}
