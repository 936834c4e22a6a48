package dev.rustyevents;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code rusty-events.feeds.public-url} wins over the request: with it set, every link is on it
 * (under its path), whatever Host or forwarded headers a request carries.
 */
@QuarkusTest
@TestProfile(PublicUrlSettingTest.Profile.class)
class PublicUrlSettingTest {

    /**
     * The only test profile that sets the public URL, with a path and a trailing slash; the test
     * profile's own database.
     */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "rusty-events.feeds.public-url",
                    "https://events.example.org/rust/",
                    "quarkus.http.proxy.proxy-address-forwarding",
                    "true",
                    "quarkus.http.proxy.allow-x-forwarded",
                    "true",
                    "quarkus.http.proxy.enable-forwarded-host",
                    "true");
        }
    }

    @Test
    void shouldBuildEveryLinkOnTheConfiguredUrlWhateverTheRequestSays() {
        for (Map<String, String> headers :
                java.util.List.of(
                        Map.<String, String>of(),
                        Map.of("Host", "other.example:8443"),
                        Map.of("X-Forwarded-Proto", "http", "X-Forwarded-Host", "proxy.example"))) {
            JsonPath feeds =
                    given().headers(headers)
                            .get("/api/feeds")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
            assertEquals(
                    "https://events.example.org/rust/calendars/europe.ics",
                    feeds.getString("find { it.name == 'europe' }.url"),
                    headers.toString());
            assertEquals(
                    "webcal://events.example.org/rust/calendars/europe.ics",
                    feeds.getString("find { it.name == 'europe' }.webcal"),
                    headers.toString());
            String ics =
                    given().headers(headers)
                            .get("/calendars/europe.ics")
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString()
                            .replaceAll("\r?\n[ \t]", "");
            assertTrue(
                    ics.contains(":https://events.example.org/rust/calendars/europe.ics\r"),
                    headers.toString());
        }
        // Even with the setting, an unusable Host is refused (Quarkus REST could not build the
        // request URI from it): HostCheck's 400, outside the contract like Quarkus' own 413.
        given().noFilters()
                .header("X-Forwarded-Host", "evil.example\"><x>")
                .get("/api/feeds")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
