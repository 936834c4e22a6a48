package dev.rustyevents.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Validates every request and response of every REST Assured call in the suite against the
 * contract, {@code openapi.yaml} at the repository root, with Atlassian's
 * swagger-request-validator: a drift between the spec and the code (an undocumented field, status,
 * header or media type, a wrong type or format) fails the test that made the call. Registered as a
 * Quarkus test callback ({@code META-INF/services}), so no test class can forget it.
 *
 * <p>Five deliberate allowances, each narrow:
 *
 * <ul>
 *   <li>The spec is OpenAPI 3.1 but written in the subset that is also valid 3.0.3, and the
 *       validator reads it as 3.0.3: its 3.1 mode does not recognise array query parameters (it
 *       tests for swagger-parser's 3.0 {@code ArraySchema}, which the 3.1 parser never builds) and
 *       would reject {@code country=DE}. A 3.1-only construct would make the 3.0 parse fail, which
 *       fails every test.
 *   <li>A request that breaks the contract (a test sending {@code from=someday} on purpose) is fine
 *       when the service answers 4xx: it rejected what the contract forbids. Answered 2xx, the same
 *       request fails the test: the service accepts what the spec says it rejects.
 *   <li>Quarkus' own endpoints under {@code /q/} (the served spec itself, Swagger UI, health): they
 *       are the platform's, not the API's.
 *   <li>CORS preflights ({@code OPTIONS} with {@code Access-Control-Request-Method}), which
 *       Quarkus' CORS filter answers on every path: HTTP plumbing, not API operations.
 *   <li>The pages' static assets ({@link #ASSETS}: style sheet, script, icon), files Quarkus serves
 *       from {@code META-INF/resources}, not operations; the pages themselves are in the contract.
 * </ul>
 */
public class OpenApiValidation implements QuarkusTestBeforeEachCallback {

    /** The pages' static files ({@code META-INF/resources/assets}). */
    public static final String ASSETS = "/assets/";

    /** The contract, as served at {@code /q/openapi}. */
    public static final Path SPEC = Path.of("openapi.yaml");

    /** The validator, shared by every test (the spec is parsed once). */
    public static final OpenApiInteractionValidator VALIDATOR =
            OpenApiInteractionValidator.createForInlineApiSpecification(asOpenApi30(read(SPEC)))
                    .withWhitelist(
                            ValidationErrorsWhitelist.create()
                                    .withRule(
                                            "invalid request rejected with 4xx",
                                            WhitelistRules.isRequest()
                                                    .and(
                                                            (message,
                                                                    operation,
                                                                    request,
                                                                    response) ->
                                                                    response != null
                                                                            && response.getStatus()
                                                                                    >= 400
                                                                            && response.getStatus()
                                                                                    < 500))
                                    .withRule(
                                            "Quarkus endpoints",
                                            (message, operation, request, response) ->
                                                    request != null
                                                            && request.getPath().startsWith("/q/"))
                                    .withRule(
                                            "static assets",
                                            (message, operation, request, response) ->
                                                    request != null
                                                            && request.getPath().startsWith(ASSETS))
                                    .withRule(
                                            "CORS preflight",
                                            (message, operation, request, response) ->
                                                    request != null
                                                            && request.getMethod()
                                                                    == Request.Method.OPTIONS
                                                            && request.getHeaderValue(
                                                                            "Access-Control-Request-Method")
                                                                    .isPresent()))
                    .build();

    /** The REST Assured filter that runs {@link #VALIDATOR} on each exchange. */
    public static final OpenApiValidationFilter FILTER = new OpenApiValidationFilter(VALIDATOR);

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(FILTER)) {
            RestAssured.filters(FILTER);
        }
    }

    /**
     * @param spec the OpenAPI 3.1.0 document (YAML)
     * @return the same document declared as 3.0.3: without the two 3.1 additions we use in {@code
     *     info} (the license {@code identifier} and the {@code summary}), and with 3.1's nullable
     *     types ({@code type: [string, 'null']}) written the 3.0 way ({@code type: string,
     *     nullable: true})
     */
    static String asOpenApi30(String spec) {
        if (!spec.startsWith("openapi: 3.1.0\n")) {
            throw new IllegalStateException("openapi.yaml should start with 'openapi: 3.1.0'");
        }
        return "openapi: 3.0.3\n"
                + spec.substring("openapi: 3.1.0\n".length())
                        .replaceFirst("\n    identifier: [^\n]*", "")
                        .replaceFirst("\n  summary: [^\n]*", "")
                        .replaceAll("type: \\[(\\w+), 'null'\\]", "type: $1, nullable: true");
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
