package dev.rustyevents.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a shared cache replays to every site ({@link SharedCacheHeaders}): the API and the feeds say
 * {@code Access-Control-Allow-Origin: *} whatever the {@code Origin} (Quarkus' CORS filter alone
 * echoes it, which a cache would hand to the next site), preflights included.
 */
@QuarkusTest
class SharedCacheHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/events?size=1", "/api/feeds", "/calendars/virtual.ics"})
    void shouldAnswerTheSameAllowOriginToEverySite(String path) {
        for (String origin :
                new String[] {"https://rust-berlin.example", "https://other.example"}) {
            var answer =
                    given().header("Origin", origin)
                            .get(path)
                            .then()
                            .statusCode(200)
                            .header("Access-Control-Expose-Headers", containsString("ETag"))
                            .extract();
            assertEquals(
                    java.util.List.of("*"),
                    answer.headers().getValues("Access-Control-Allow-Origin"),
                    origin);
        }
        given().get(path).then().statusCode(200).header("Access-Control-Allow-Origin", "*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/events", "/calendar.ics"})
    void shouldAnswerAPreflightWithAnyOrigin(String path) {
        for (String origin :
                new String[] {"https://rust-berlin.example", "https://other.example"}) {
            given().header("Origin", origin)
                    .header("Access-Control-Request-Method", "GET")
                    .header("Access-Control-Request-Headers", "If-None-Match")
                    .options(path)
                    .then()
                    .statusCode(200)
                    .header("Access-Control-Allow-Origin", "*")
                    .header("Access-Control-Allow-Methods", containsString("GET"));
        }
    }
}
