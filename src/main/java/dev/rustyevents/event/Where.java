package dev.rustyevents.event;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/**
 * A JPQL condition built clause by clause from an {@link EventFilter}. Events and calls for
 * proposals share the place fields, so the place rules are written once, here.
 */
final class Where {

    private final List<String> clauses = new ArrayList<>();
    private Parameters params = new Parameters();

    /** Adds a clause with its named parameter. */
    Where and(String clause, String name, Object value) {
        clauses.add(clause);
        params = params.and(name, value);
        return this;
    }

    /** Adds one more named parameter for a clause already added. */
    Where param(String name, Object value) {
        params = params.and(name, value);
        return this;
    }

    /**
     * Adds the filter's place conditions: regions, countries, ISO 3166-2 subdivisions ({@code
     * country-subdivision}), cities (case-insensitive) and modes, on an entity with the fields
     * {@code region, country, subdivision, city, mode}.
     */
    Where place(EventFilter f) {
        if (!f.regions().isEmpty()) {
            and("region in :regions", "regions", f.regions());
        }
        if (!f.countries().isEmpty()) {
            and("country in :countries", "countries", f.countries());
        }
        if (!f.subdivisionCodes().isEmpty()) {
            and(
                    "concat(country, '-', subdivision) in :subdivisionCodes",
                    "subdivisionCodes",
                    f.subdivisionCodes());
        }
        if (!f.cities().isEmpty()) {
            and("lower(city) in :cities", "cities", f.cities());
        }
        if (!f.modes().isEmpty()) {
            and("mode in :modes", "modes", f.modes());
        }
        return this;
    }

    String jpql() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    Parameters params() {
        return params;
    }

    /**
     * @return {@code word} with LIKE's wildcards and the escape character escaped (escape {@code
     *     \})
     */
    static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
