package dev.rustyevents.web;

import dev.rustyevents.http.FilterParams;
import dev.rustyevents.http.QueryStrings;
import dev.rustyevents.vocabulary.Countries;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The correction a refused {@code country} or {@code near} value most likely meant (or, for a
 * {@code radius} without {@code near}, the filter without it), offered as a link instead of the
 * feed and embed of a filter that answers 400.
 *
 * @param text what the page says ("Did you mean GB (United Kingdom)?")
 * @param label the link's text ("Use GB")
 * @param url the page with the corrected query
 */
public record FilterFix(String text, String label, String url) {

    /** Spellings that are not ISO 3166-1 codes but name one: TWiR's UK, the EU's EL for Greece. */
    private static final Map<String, String> ALIASES =
            Map.of(
                    "UK", "GB",
                    "EL", "GR",
                    "ENGLAND", "GB",
                    "SCOTLAND", "GB",
                    "WALES", "GB",
                    "USA", "US");

    /**
     * @param value a {@code country} value that is not a code
     * @return the ISO 3166-1 alpha-2 code it names: an alias ({@code UK} → {@code GB}), an alpha-3
     *     code ({@code DEU} → {@code DE}) or an English country name, any case; empty when none
     */
    static Optional<String> country(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (Countries.isCode(v)) {
            return Optional.of(v);
        }
        if (ALIASES.containsKey(v)) {
            return Optional.of(ALIASES.get(v));
        }
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            if (country.getISO3Country().equals(v)
                    || Countries.name(code).toUpperCase(Locale.ROOT).equals(v)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    /**
     * @param parameter the refused parameter ({@code ProblemException#parameter})
     * @param allowed the values the 400 offers ({@code ProblemException#allowed}): for {@code
     *     near}, the close spellings of an unknown place or the places an ambiguous name may be,
     *     best first; or null
     * @param query the page's query
     * @return for {@code near}, the first value offered ("Did you mean Berlin,DE-BE?"); for {@code
     *     radius} without {@code near}, the query without the radius; empty otherwise
     */
    static Optional<FilterFix> near(String parameter, List<String> allowed, PageQuery query) {
        MultivaluedHashMap<String, String> fixed = new MultivaluedHashMap<>();
        query.firsts().forEach(fixed::putSingle);
        if ("near".equals(parameter) && allowed != null && !allowed.isEmpty()) {
            fixed.putSingle("near", allowed.get(0));
            return Optional.of(
                    new FilterFix(
                            "Did you mean " + allowed.get(0) + "?",
                            "Use " + allowed.get(0),
                            "/?" + QueryStrings.canonical(fixed, FilterParams.NAMES)));
        }
        if ("radius".equals(parameter) && query.first("near").isEmpty()) {
            fixed.remove("radius");
            String rest = QueryStrings.canonical(fixed, FilterParams.NAMES);
            return Optional.of(
                    new FilterFix(
                            "A radius needs a place in “Near”.",
                            "Show the events without a radius",
                            rest.isEmpty() ? "/" : "/?" + rest));
        }
        return Optional.empty();
    }

    /**
     * @param parameter the refused parameter ({@code ProblemException#parameter})
     * @param query the page's query
     * @return the fix when the parameter is {@code country} and every value of it names a country;
     *     empty otherwise
     */
    static Optional<FilterFix> of(String parameter, PageQuery query) {
        if (!"country".equals(parameter) || query.first("country").isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = new ArrayList<>();
        for (String v : query.first("country").split(",")) {
            if (v.isBlank()) {
                continue;
            }
            Optional<String> code = country(v);
            if (code.isEmpty()) {
                return Optional.empty();
            }
            codes.add(code.get());
        }
        if (codes.isEmpty()) {
            return Optional.empty();
        }
        MultivaluedHashMap<String, String> fixed = new MultivaluedHashMap<>();
        query.firsts().forEach(fixed::putSingle);
        String joined = String.join(",", codes);
        fixed.putSingle("country", joined);
        String names = String.join(", ", codes.stream().map(Countries::name).toList());
        return Optional.of(
                new FilterFix(
                        "Did you mean " + joined + " (" + names + ")?",
                        "Use " + joined,
                        "/?" + QueryStrings.canonical(fixed, FilterParams.NAMES)));
    }
}
