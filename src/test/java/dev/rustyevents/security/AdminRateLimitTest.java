package dev.rustyevents.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.http.Problem;
import dev.rustyevents.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failed admin attempts are logged and limited per client address: after {@value Limited#MAX}
 * failures the address waits (429, {@code Retry-After}), with the right token too; read endpoints
 * stay public and unlimited. One test method, because the lock-out it causes lasts for the whole
 * window and every request of the suite comes from the same address.
 */
@QuarkusTest
@TestProfile(AdminRateLimitTest.Limited.class)
class AdminRateLimitTest {

    /** Three failures per ten minutes, so the window cannot end during the test. */
    public static class Limited implements QuarkusTestProfile {
        static final int MAX = 3;
        static final String TOKEN = "rate-limit-test-token";

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url",
                    TestDatabase.url("rusty_change_tracking"),
                    "rusty-events.admin.token",
                    TOKEN,
                    "rusty-events.admin.max-failures",
                    Integer.toString(MAX),
                    "rusty-events.admin.failure-window",
                    "10m");
        }
    }

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final Logger filterLog = Logger.getLogger("dev.rustyevents.api.AdminAuthFilter");
    private final Handler capture =
            new Handler() {
                @Override
                public void publish(LogRecord record) {
                    log.add(
                            record.getMessage() == null
                                    ? ""
                                    : String.format(
                                            record.getMessage(),
                                            record.getParameters() == null
                                                    ? new Object[0]
                                                    : record.getParameters()));
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };

    @BeforeEach
    void captureLog() {
        filterLog.addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        filterLog.removeHandler(capture);
    }

    @Test
    void shouldLockOutAnAddressAfterTooManyFailuresButKeepReadsOpen() {
        given().get("/api/regions").then().statusCode(200);
        for (int i = 1; i <= Limited.MAX; i++) {
            given().header("Authorization", "Bearer guess-" + i)
                    .post("/api/admin/scrape")
                    .then()
                    .statusCode(401)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("parameter", is("Authorization"));
        }
        given().header("Authorization", "Bearer guess-4")
                .post("/api/admin/scrape")
                .then()
                .statusCode(429)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", is(429), "detail", containsString("too many failed admin attempts"))
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"));
        int retryAfter =
                Integer.parseInt(
                        given().header("Authorization", "Bearer " + Limited.TOKEN)
                                .get("/api/admin/events/{id}/correction", "x")
                                .then()
                                .statusCode(429)
                                .contentType(Problem.MEDIA_TYPE)
                                .extract()
                                .header("Retry-After"));
        assertTrue(
                retryAfter > 500 && retryAfter <= 600,
                "the right token waits for the rest of the 10 minute window too: " + retryAfter);
        given().post("/api/admin/backfill").then().statusCode(429);

        for (int i = 0; i < 30; i++) {
            given().get("/api/regions").then().statusCode(200);
        }
        given().get("/api/events").then().statusCode(200);
        given().get("/calendar.ics").then().statusCode(200);

        List<String> refusals = log.stream().filter(m -> m.contains("admin: refused")).toList();
        assertEquals(Limited.MAX, refusals.size(), log.toString());
        assertTrue(
                refusals.get(0).contains("wrong credential")
                        && refusals.get(0).contains("/api/admin/scrape"),
                refusals.get(0));
        assertTrue(
                log.stream()
                        .anyMatch(
                                m ->
                                        m.contains("locked out")
                                                && m.contains(
                                                        "after "
                                                                + Limited.MAX
                                                                + " failed attempts")),
                log.toString());
        assertTrue(
                log.stream().noneMatch(m -> m.contains(Limited.TOKEN) || m.contains("guess-")),
                "credentials are never logged");
    }
}
