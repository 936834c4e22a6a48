package dev.rustyevents.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The served contract is the repo's openapi.yaml, and it documents every operation we serve. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void shouldServeTheRootOpenApiFile() throws Exception {
        Map<String, Object> served = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertEquals("3.1.0", served.get("openapi"));
        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) served.get("paths");
        assertEquals(java.util.Set.of("/api/events", "/api/events/{id}", "/api/issues", "/api/issues/{number}",
                "/calendar.ics", "/calendars/{name}.ics", "/api/admin/scrape", "/api/admin/backfill", "/api/admin/import"),
                paths.keySet());
        @SuppressWarnings("unchecked")
        Map<String, Object> info = (Map<String, Object>) served.get("info");
        assertEquals("Rusty Events", info.get("title"));
        assertTrue(Files.readString(Path.of("openapi.yaml")).contains("title: Rusty Events"));
    }
}
