package dev.rustyevents.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.rustyevents.support.ApiHistory;
import dev.rustyevents.support.ApiHistoryProfile;
import dev.rustyevents.support.OpenApiValidation;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests written the way openapi.yaml documents them pass the contract's validator and are
 * answered 200: every array parameter as a comma-separated list, repeated, and both mixed (every
 * exchange goes through {@link OpenApiValidation}, so a documented request the spec refused, or an
 * answer it does not describe, fails here). And the 406 the server gives an {@code Accept} it
 * cannot serve is the documented problem.
 */
@QuarkusTest
@TestProfile(ApiHistoryProfile.class)
class DocumentedRequestsTest {

    /** Every comma-separated array parameter of the filter, each with a list of two. */
    private static final String COMMA_LISTS =
            "region=europe,north-america&country=DE,US&subdivision=US-WA,DE-BE&mode=in-person,hybrid";

    /**
     * The same repeated, plus the free-text lists, which are repeated only (names may hold commas).
     */
    private static final String REPEATED =
            "region=europe&region=north-america&country=DE&country=US&subdivision=US-WA"
                    + "&subdivision=DE-BE&mode=in-person&mode=hybrid&city=Berlin&city=Seattle";

    private static final String GROUPS = "&group=rust-berlin&group=Seattle Rust User Group";

    @Inject ApiHistory history;

    @BeforeEach
    void load() {
        history.load();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/events?from=2024-01-01&status=confirmed,delisted&" + COMMA_LISTS + GROUPS,
                "/api/events?from=2024-01-01&status=confirmed&status=delisted&" + REPEATED + GROUPS,
                "/api/events?" + COMMA_LISTS + "&region=asia&mode=virtual&country=at,ch",
                "/api/groups/rust-berlin/events?from=2024-01-01&status=delisted,confirmed&"
                        + COMMA_LISTS,
                "/api/groups/rust-berlin/events?from=2024-01-01&" + REPEATED,
                "/api/stats?" + COMMA_LISTS + GROUPS,
                "/api/stats?by=year&" + REPEATED + GROUPS,
                "/calendar.ics?from=2024-01-01&" + COMMA_LISTS + GROUPS,
                "/calendar.ics?" + REPEATED + GROUPS,
                "/calendars/europe.ics?from=2024-01-01&country=DE,AT&subdivision=DE-BE,DE-BY"
                        + GROUPS,
                "/calendars/virtual.ics?country=DE&country=US,CA&city=Berlin&city=Seattle",
                "/groups/rust-berlin/calendar.ics?mode=in-person,hybrid&mode=virtual",
                "/api/countries?region=europe,asia",
                "/api/countries?region=europe&region=asia,africa",
                "/api/groups?country=DE,AT&region=europe,asia",
                "/api/groups?country=DE&country=AT&region=europe&region=asia",
                "/?" + COMMA_LISTS + GROUPS,
                "/?" + REPEATED,
                "/embed?" + COMMA_LISTS + GROUPS,
                "/embed?" + REPEATED,
            })
    void shouldAnswerCommaListsAndRepetitionsOfEveryArrayParameter(String request) {
        given().get(request).then().statusCode(200);
    }

    /** A comma list is the union of its values, the same as the values repeated. */
    @Test
    void shouldSelectTheUnionOfAList() {
        int europe = total("region=europe");
        int asia = total("region=asia");
        assertTrue(europe > 0 && asia > 0, "both regions have events");
        assertEquals(europe + asia, total("region=europe,asia"));
        assertEquals(europe + asia, total("region=europe&region=asia"));
        assertEquals(total("mode=virtual") + total("mode=hybrid"), total("mode=virtual,hybrid"));
        assertEquals(total("country=DE") + total("country=US"), total("country=de,US"));
    }

    /** The validator itself: documented forms pass, values outside the vocabulary do not. */
    @ParameterizedTest
    @CsvSource({
        "region, 'africa,asia', true",
        "region, africa, true",
        "region, 'africa,atlantis', false",
        "mode, 'virtual,hybrid', true",
        "mode, 'virtual,remote', false",
        "status, 'confirmed,delisted', true",
        "country, 'DE,at', true",
        "country, 'DE,AUT', false",
        "subdivision, 'US-WA,CA-BC', true",
        "subdivision, 'US-WA,Washington', false",
    })
    void shouldValidateListsAsDocumented(String parameter, String value, boolean valid) {
        ValidationReport report =
                OpenApiValidation.VALIDATOR.validateRequest(
                        SimpleRequest.Builder.get("/api/events")
                                .withQueryParam(parameter, value)
                                .build());
        assertEquals(!valid, report.hasErrors(), report.toString());
        ValidationReport repeated =
                OpenApiValidation.VALIDATOR.validateRequest(
                        SimpleRequest.Builder.get("/api/events")
                                .withQueryParam(parameter, value.split(","))
                                .build());
        assertEquals(!valid, repeated.hasErrors(), repeated.toString());
    }

    @ParameterizedTest
    @CsvSource({
        "/api/issues, text/html",
        "/api/regions, text/calendar",
        "/api/events, application/xml",
        "/calendar.ics, application/json",
        "/calendars/europe.ics, text/html",
        "/, application/json",
        "/feeds/events.atom, application/json",
        "/stats/chart.svg, text/html",
        "/stats/chart-narrow.svg, text/html",
        "/robots.txt, application/json",
        "/sitemap.xml, text/html",
    })
    void shouldAnswerAnUnacceptableAcceptWithTheDocumentedProblem(String path, String accept) {
        io.restassured.response.Response answer =
                given().accept(accept)
                        .get(path)
                        .then()
                        .statusCode(406)
                        .contentType("application/problem+json")
                        .body("status", is(406))
                        .body("title", is("Not Acceptable"))
                        .extract()
                        .response();
        ValidationReport report =
                OpenApiValidation.VALIDATOR.validateResponse(
                        path,
                        Request.Method.GET,
                        SimpleResponse.Builder.status(406)
                                .withContentType(answer.contentType())
                                .withBody(answer.asString())
                                .build());
        assertFalse(report.hasErrors(), report.toString());
    }

    /** An undocumented 406 would fail every exchange above: the validator checks the status. */
    @Test
    void shouldKnowWhichOperationsAnswer406() {
        SimpleResponse notAcceptable =
                SimpleResponse.Builder.status(406)
                        .withContentType("application/problem+json")
                        .withBody(
                                "{\"type\":\"about:blank\",\"title\":\"Not Acceptable\",\"status\":406}")
                        .build();
        assertFalse(
                OpenApiValidation.VALIDATOR
                        .validateResponse("/api/issues", Request.Method.GET, notAcceptable)
                        .hasErrors());
        assertTrue(
                OpenApiValidation.VALIDATOR
                        .validateResponse(
                                "/api/issues",
                                Request.Method.GET,
                                SimpleResponse.Builder.status(418).build())
                        .hasErrors(),
                "an undocumented status fails");
    }

    private static int total(String query) {
        return given().get("/api/events?from=2024-01-01&status=confirmed&size=1&" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("total");
    }
}
