package dev.rustyevents.http;

import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Canonical query strings: the key of a cached representation and the form of the links we print.
 */
public final class QueryStrings {

    private QueryStrings() {}

    /**
     * @param query the request's decoded query parameters
     * @param names the parameters that matter, in the order to write them
     * @return {@code name=value&…}: known parameters only, in {@code names} order, values in
     *     request order, stripped, blank ones left out, form-encoded (UTF-8); so equivalent URLs
     *     share one representation and unknown parameters drop out
     */
    public static String canonical(MultivaluedMap<String, String> query, List<String> names) {
        List<String> pairs = new ArrayList<>();
        for (String name : names) {
            for (String value : query.getOrDefault(name, List.of())) {
                if (!value.isBlank()) {
                    pairs.add(
                            name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
                }
            }
        }
        return String.join("&", pairs);
    }
}
