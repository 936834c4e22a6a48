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
        assertEquals(servedPaths(), paths.keySet(), "openapi.yaml documents exactly the JAX-RS paths the service serves");
        @SuppressWarnings("unchecked")
        Map<String, Object> info = (Map<String, Object>) served.get("info");
        assertEquals("Rusty Events", info.get("title"));
        assertTrue(Files.readString(Path.of("openapi.yaml")).contains("title: Rusty Events"));
    }

    /** Every path of a JAX-RS resource method in the application's classes, as OpenAPI writes it. */
    private static java.util.Set<String> servedPaths() throws Exception {
        java.util.Set<String> served = new java.util.TreeSet<>();
        Path classes = Path.of("target/classes");
        try (var files = Files.walk(classes.resolve("dev/rustyevents"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, OpenApiContractTest.class.getClassLoader());
                jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (root == null || type.isInterface()) {
                    // Interfaces are REST clients (outbound), not served.
                    continue;
                }
                for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
                    boolean http = java.util.Arrays.stream(method.getAnnotations())
                            .anyMatch(a -> a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class));
                    if (http) {
                        jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                        String path = ("/" + root.value() + "/" + (sub == null ? "" : sub.value())).replaceAll("/+", "/");
                        served.add(path.length() > 1 ? path.replaceAll("/$", "") : path);
                    }
                }
            }
        }
        return served;
    }
}
