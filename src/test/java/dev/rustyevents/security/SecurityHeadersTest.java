package dev.rustyevents.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every response carries X-Content-Type-Options, Referrer-Policy and a Content-Security-Policy: the
 * API, feeds, problems and Swagger UI, whose policy still lets it load (its scripts, styles and the
 * spec are same-origin).
 */
@QuarkusTest
class SecurityHeadersTest {

    private static final String LOCKED =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/events",
                "/api/regions",
                "/calendar.ics",
                "/api/no-such-thing",
                "/api/events?from=someday",
                "/calendars/nowhere.ics",
                "/q/openapi",
                "/q/health/live"
            })
    void shouldSendTheSecurityHeadersOnEveryResponse(String path) {
        Response response = given().get(path);
        assertEquals("nosniff", response.header("X-Content-Type-Options"), path);
        assertEquals("no-referrer", response.header("Referrer-Policy"), path);
        assertEquals(LOCKED, response.header("Content-Security-Policy"), path);
    }

    @Test
    void shouldLetSwaggerUiLoadOnlyFromItsOwnOrigin() {
        Response page = given().get("/q/swagger-ui/");
        assertEquals(200, page.statusCode());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        String csp = page.header("Content-Security-Policy");
        assertTrue(
                csp.contains("script-src 'self' 'unsafe-inline'")
                        && csp.contains("connect-src 'self'"),
                csp);
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertEquals("no-referrer", page.header("Referrer-Policy"));
        String html = page.asString();
        Matcher refs = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(html);
        int count = 0;
        while (refs.find()) {
            String ref = refs.group(1);
            assertFalse(
                    ref.matches("(?i)(https?:)?//.*"),
                    "a resource from another origin, which the policy blocks: " + ref);
            if (ref.endsWith(".js") || ref.endsWith(".css")) {
                count++;
                String asset =
                        ref.startsWith("/")
                                ? ref
                                : "/q/swagger-ui/" + ref.replaceFirst("^\\./", "");
                Response loaded = given().get(asset);
                assertEquals(200, loaded.statusCode(), asset);
                assertEquals("nosniff", loaded.header("X-Content-Type-Options"), asset);
            }
        }
        assertTrue(count >= 2, "Swagger UI's scripts and styles: " + html);
        assertTrue(
                html.contains("/q/openapi"),
                "the spec it fetches is same-origin (connect-src 'self')");
    }
}
