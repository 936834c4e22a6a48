package dev.rustyevents.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.support.BackfillSiteProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Named feeds cannot be turned into file reads (the name is looked up in a fixed list, never a
 * path), and request bodies over the 10 MiB limit are refused whether declared or chunked.
 */
@QuarkusTest
@TestProfile(BackfillSiteProfile.class)
class RequestLimitsTest {

    @jakarta.inject.Inject dev.rustyevents.support.EmptyDatabase database;

    /** Sent byte for byte, as a browser or curl would normalise {@code ..} away. */
    private static String raw(String target) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write(
                            ("GET "
                                            + target
                                            + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/calendars/..%2f..%2fetc%2fpasswd.ics",
                "/calendars/%2e%2e%2f%2e%2e%2fetc%2fpasswd.ics",
                "/calendars/%2e%2e/%2e%2e/etc/passwd.ics",
                "/calendars/../../etc/passwd.ics",
                "/calendars/..\\..\\etc\\passwd.ics",
                "/calendars/..%5c..%5cetc%5cpasswd.ics",
                "/calendars/europe%2f..%2f..%2fpom.xml.ics",
                "/calendars/%2fetc%2fpasswd.ics",
                "/calendars/europe%00.ics",
                "/calendars/....%2f%2f....%2f%2fetc%2fpasswd.ics",
                "/groups/..%2f..%2fetc%2fpasswd/calendar.ics",
                "/api/groups/..%2f..%2fpom.xml",
                "/api/events/..%2f..%2fpom.xml",
                "/q/swagger-ui/..%2f..%2fpom.xml"
            })
    void shouldNeverReadAFileForATraversalAttempt(String target) throws Exception {
        String answer = raw(target);
        String status = answer.substring(0, answer.indexOf("\r\n"));
        assertTrue(status.matches("HTTP/1\\.1 (400|404) .*"), target + " -> " + status);
        assertFalse(
                answer.contains("root:")
                        || answer.contains("<artifactId>")
                        || answer.contains("<project"),
                answer);
        if ((target.startsWith("/calendars/") || target.startsWith("/api/"))
                && !target.contains("\\")) {
            // a raw backslash is refused by the HTTP layer itself, with an empty 400
            assertTrue(
                    answer.toLowerCase(Locale.ROOT)
                            .contains("content-type: application/problem+json"),
                    answer);
        }
    }

    @Test
    void shouldResolveDotSegmentsBeforeRoutingNeverAfter() throws Exception {
        // RFC 3986 §5.2.4: the router removes dot segments, encoded or not, before it matches a
        // route, so /groups/%2e%2e/calendar.ics is /calendar.ics, the public feed of every event
        String answer = raw("/groups/%2e%2e/calendar.ics");
        assertTrue(
                answer.startsWith("HTTP/1.1 200")
                        && answer.contains("X-WR-CALNAME:Rust events\r\n"),
                answer);
        assertEquals(
                // the same Host as raw(): the feed's SOURCE is built on it
                given().header("Host", "localhost").get("/calendar.ics").asString(),
                answer.substring(answer.indexOf("\r\n\r\n") + 4));
    }

    @Test
    void shouldRefuseAnOverlongFeedName() {
        given().urlEncodingEnabled(false)
                .get("/calendars/" + "a".repeat(3000) + ".ics")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAChunkedBodyOverTheLimit() throws Exception {
        database.empty();
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            out.write(
                    ("POST /api/admin/issues HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                                    + BackfillSiteProfile.TOKEN
                                    + "\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk =
                    ("100000\r\n" + "a".repeat(0x100000) + "\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1);
            int sent = 0;
            try {
                for (; sent < 12; sent++) { // 12 MiB, no length declared
                    out.write(chunk);
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            } catch (java.io.IOException refused) {
                // the server answered and closed the connection before the end of the body
            }
            String answer =
                    new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), "after " + sent + " MiB: " + answer);
        }
        given().get("/api/issues")
                .then()
                .statusCode(200)
                .body("size()", org.hamcrest.Matchers.is(0));
    }

    @Test
    void shouldRefuseADeclaredBodyOverTheLimitBeforeReadingIt() {
        byte[] body = new byte[10 * 1024 * 1024 + 1];
        given().header("Authorization", "Bearer " + BackfillSiteProfile.TOKEN)
                .contentType("text/plain")
                .body(body)
                .post("/api/admin/issues")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
    }
}
