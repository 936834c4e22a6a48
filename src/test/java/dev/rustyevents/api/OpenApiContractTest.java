package dev.rustyevents.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import dev.rustyevents.support.OpenApiValidation;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The served contract is the repo's openapi.yaml, it documents every operation we serve, and the
 * validator that checks every exchange of the suite against it ({@link OpenApiValidation}) does
 * catch a drift.
 */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void shouldServeTheRootOpenApiFile() throws Exception {
        Map<String, Object> served =
                given().accept("application/json")
                        .get("/q/openapi?format=json")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getMap("");
        assertEquals("3.1.0", served.get("openapi"));
        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) served.get("paths");
        assertEquals(
                servedPaths(),
                paths.keySet(),
                "openapi.yaml documents exactly the JAX-RS paths the service serves");
        @SuppressWarnings("unchecked")
        Map<String, Object> info = (Map<String, Object>) served.get("info");
        assertEquals("Rusty Events", info.get("title"));
        assertTrue(Files.readString(Path.of("openapi.yaml")).contains("title: Rusty Events"));
    }

    /** The validator every REST Assured exchange goes through can fail: it catches a drift. */
    @Test
    void shouldRejectResponsesAndRequestsThatDriftFromTheContract() {
        String event =
                """
                {"id":"x","title":"t","startDate":"2026-08-20","endDate":"2026-08-20","status":"confirmed","sequence":0,
                 "firstIssue":1,"lastIssue":1,"createdAt":"2026-08-01T00:00:00Z","updatedAt":"2026-08-01T00:00:00Z"%s}""";
        assertFalse(validate(event.formatted("")).hasErrors(), "a conforming event passes");
        assertTrue(
                validate(event.formatted(",\"venue\":\"undocumented\"")).hasErrors(),
                "an undocumented field fails");
        assertTrue(
                validate(event.formatted(",\"sequence\":\"zero\"").replace("\"sequence\":0,", ""))
                        .hasErrors(),
                "a wrong type fails");
        assertTrue(
                OpenApiValidation.VALIDATOR
                        .validateRequest(
                                SimpleRequest.Builder.get("/api/events")
                                        .withQueryParam("size", "500")
                                        .build())
                        .hasErrors(),
                "a request outside the contract fails unless answered 4xx");
    }

    private static com.atlassian.oai.validator.report.ValidationReport validate(String body) {
        return OpenApiValidation.VALIDATOR.validateResponse(
                "/api/events/x",
                Request.Method.GET,
                SimpleResponse.Builder.ok()
                        .withContentType("application/json")
                        .withBody(body)
                        .build());
    }

    /**
     * Every path of a JAX-RS resource method in the application's classes, as OpenAPI writes it.
     */
    private static java.util.Set<String> servedPaths() throws Exception {
        java.util.Set<String> served = new java.util.TreeSet<>();
        Path classes = Path.of("target/classes");
        try (var files = Files.walk(classes.resolve("dev/rustyevents"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file)
                                .toString()
                                .replace('/', '.')
                                .replaceAll("\\.class$", "");
                Class<?> type =
                        Class.forName(name, false, OpenApiContractTest.class.getClassLoader());
                jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (root == null || type.isInterface()) {
                    // Interfaces are REST clients (outbound), not served.
                    continue;
                }
                for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
                    boolean http =
                            java.util.Arrays.stream(method.getAnnotations())
                                    .anyMatch(
                                            a ->
                                                    a.annotationType()
                                                            .isAnnotationPresent(
                                                                    jakarta.ws.rs.HttpMethod
                                                                            .class));
                    if (http) {
                        jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                        String path =
                                ("/" + root.value() + "/" + (sub == null ? "" : sub.value()))
                                        .replaceAll("/+", "/");
                        served.add(path.length() > 1 ? path.replaceAll("/$", "") : path);
                    }
                }
            }
        }
        return served;
    }
}
