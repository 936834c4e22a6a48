package dev.rustyevents.api;

import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads RFC 8288 {@code Link} headers in tests: relation → target. */
final class Links {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?([a-z]+)\"?");

    private Links() {}

    static Map<String, String> of(Response response) {
        Map<String, String> links = new LinkedHashMap<>();
        for (String header : response.headers().getValues("Link")) {
            Matcher m = LINK.matcher(header);
            while (m.find()) {
                links.put(m.group(2), m.group(1));
            }
        }
        return links;
    }
}
