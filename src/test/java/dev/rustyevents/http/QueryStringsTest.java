package dev.rustyevents.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link QueryStrings#canonical}: one string for equivalent queries (the cache key of a
 * representation, the links we print), with the filter parameters of {@link FilterParams#NAMES}.
 */
class QueryStringsTest {

    /** A decoded query, as JAX-RS hands it over: name, value, name, value… in request order. */
    private static MultivaluedMap<String, String> query(String... namesAndValues) {
        MultivaluedMap<String, String> map = new MultivaluedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    private static String canonical(String... namesAndValues) {
        return QueryStrings.canonical(query(namesAndValues), FilterParams.NAMES);
    }

    @Test
    void shouldWriteParametersInTheGivenOrderNotTheRequests() {
        assertEquals(
                "region=europe&country=DE&mode=hybrid&from=2025-12-01",
                canonical(
                        "from",
                        "2025-12-01",
                        "mode",
                        "hybrid",
                        "country",
                        "DE",
                        "region",
                        "europe"));
        assertEquals(
                canonical("region", "europe", "mode", "in-person"),
                canonical("mode", "in-person", "region", "europe"));
    }

    @Test
    void shouldFollowTheOrderOfTheNamesList() {
        MultivaluedMap<String, String> q = query("region", "europe", "size", "50");
        assertEquals("size=50&region=europe", QueryStrings.canonical(q, List.of("size", "region")));
        assertEquals("region=europe&size=50", QueryStrings.canonical(q, List.of("region", "size")));
    }

    @Test
    void shouldKeepEveryValueOfARepeatedParameterInRequestOrder() {
        // The region feeds' API query (CalendarResourceTest): mode=in-person&mode=hybrid.
        assertEquals(
                "region=europe&mode=in-person&mode=hybrid",
                canonical("mode", "in-person", "region", "europe", "mode", "hybrid"));
        assertEquals(
                "mode=hybrid&mode=in-person", canonical("mode", "hybrid", "mode", "in-person"));
    }

    @Test
    void shouldLeaveOutParametersNotInTheList() {
        assertEquals(
                "region=europe",
                canonical("utm_source", "twir", "region", "europe", "page", "2", "callback", "x"));
        assertEquals("", canonical("page", "2", "limit", "10"));
    }

    @Test
    void shouldMatchParameterNamesExactly() {
        assertEquals("", canonical("Region", "europe", "MODE", "hybrid", "q ", "rust"));
    }

    @Test
    void shouldLeaveOutBlankValuesAndStripTheOthers() {
        assertEquals(
                "country=DE&q=rust",
                canonical("region", "", "country", " DE ", "city", "   ", "q", "rust\t"));
        assertEquals("mode=hybrid", canonical("mode", "", "mode", "hybrid", "mode", " "));
    }

    @Test
    void shouldFormEncodeValuesAsUtf8() {
        assertEquals("q=Rust+Z%C3%BCrich", canonical("q", "Rust Zürich"));
        assertEquals("q=C%2B%2B+%26+Rust", canonical("q", "C++ & Rust"));
        assertEquals("q=a%3Db%23c", canonical("q", "a=b#c"));
        assertEquals("city=S%C3%A3o+Paulo", canonical("city", "São Paulo"));
        assertEquals("q=%F0%9F%A6%80", canonical("q", "\uD83E\uDD80"));
    }

    @Test
    void shouldWriteNothingForAnEmptyQuery() {
        assertEquals("", canonical());
        assertEquals("", QueryStrings.canonical(query("region", "europe"), List.of()));
    }
}
