package dev.rustyevents.web;

import dev.rustyevents.http.FilterParams;
import dev.rustyevents.http.QueryStrings;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The event filter as a page's URL carries it: the query parameters the pages share with {@code
 * /api/events} and {@code /calendar.ics} ({@code api.FilterParams} checks them), written
 * canonically ({@link QueryStrings#canonical}: fixed order, blank values dropped), so one filter
 * has one URL and its feed and embed addresses are the same query on another path.
 *
 * @param encoded the canonical query, form-encoded ({@code region=europe&mode=in-person}), or
 *     {@code ""}
 * @param firsts parameter name → its first non-blank value, stripped (what the form shows)
 */
public record PageQuery(String encoded, Map<String, String> firsts) {

    public PageQuery {
        firsts = Map.copyOf(firsts);
    }

    /**
     * @param parameters a request's decoded query parameters
     * @return the filter parameters among them; others ({@code page}, {@code limit}) are left out
     */
    static PageQuery of(MultivaluedMap<String, String> parameters) {
        Map<String, String> firsts = new LinkedHashMap<>();
        for (String name : FilterParams.NAMES) {
            parameters.getOrDefault(name, List.of()).stream()
                    .filter(v -> v != null && !v.isBlank())
                    .findFirst()
                    .ifPresent(v -> firsts.put(name, v.strip()));
        }
        return new PageQuery(QueryStrings.canonical(parameters, FilterParams.NAMES), firsts);
    }

    /**
     * @return the first value of a parameter, or {@code ""}
     */
    public String first(String name) {
        return firsts.getOrDefault(name, "");
    }

    /**
     * @return whether no filter parameter is set
     */
    public boolean isEmpty() {
        return encoded.isEmpty();
    }

    /**
     * @param path a path starting with {@code /}
     * @return the path with this query ({@code /calendar.ics?region=europe}), or the bare path
     */
    public String on(String path) {
        return isEmpty() ? path : path + "?" + encoded;
    }

    /**
     * @param path a path starting with {@code /}
     * @param extra a further parameter pair, already encoded ({@code page=2})
     * @return the path with this query and the extra pair
     */
    public String on(String path, String extra) {
        return path + "?" + (isEmpty() ? extra : encoded + "&" + extra);
    }
}
