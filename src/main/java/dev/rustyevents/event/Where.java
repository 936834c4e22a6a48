package dev.rustyevents.event;

import dev.rustyevents.place.GeoPoint;
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

    /**
     * The haversine distance in kilometres from the filter's {@code near} to an entity's {@code
     * latitude, longitude}, as JPQL (HQL's sin, cos, asin, sqrt and power: H2 and PostgreSQL
     * alike), on the sphere of {@link GeoPoint#EARTH_RADIUS_KM}; the same formula as {@link
     * GeoPoint#distanceKm}. Null for an entity without coordinates.
     */
    static String distance() {
        return "(2 * "
                + GeoPoint.EARTH_RADIUS_KM
                + " * asin(sqrt(power(sin((latitude - :nearLat) * "
                + HALF_RADIAN
                + "), 2) + cos(latitude * "
                + RADIAN
                + ") * :nearCosLat * power(sin((longitude - :nearLon) * "
                + HALF_RADIAN
                + "), 2))))";
    }

    private static final double RADIAN = Math.PI / 180;
    private static final double HALF_RADIAN = Math.PI / 360;

    /**
     * Within the radius: a latitude band first (which the index on latitude serves), a longitude
     * band where it does not wrap the antimeridian or reach a pole, then the exact distance. A
     * virtual event, which has no coordinates, is kept when the filter asks for virtual events.
     */
    Where near(EventFilter f) {
        GeoPoint p = f.near();
        if (p == null) {
            return this;
        }
        double dLat = f.radiusKm() / (GeoPoint.EARTH_RADIUS_KM * RADIAN);
        StringBuilder within = new StringBuilder("latitude between :nearLatMin and :nearLatMax");
        param("nearLatMin", p.latitude() - dLat);
        param("nearLatMax", p.latitude() + dLat);
        double cos = Math.cos(p.latitude() * RADIAN);
        double maxLat = Math.abs(p.latitude()) + dLat;
        if (maxLat < 89) {
            double dLon = dLat / Math.cos(Math.min(89, maxLat) * RADIAN);
            if (p.longitude() - dLon > -180 && p.longitude() + dLon < 180) {
                within.append(" and longitude between :nearLonMin and :nearLonMax");
                param("nearLonMin", p.longitude() - dLon);
                param("nearLonMax", p.longitude() + dLon);
            }
        }
        within.append(" and ").append(distance()).append(" <= :nearRadius");
        param("nearLat", p.latitude());
        param("nearLon", p.longitude());
        param("nearCosLat", cos);
        param("nearRadius", f.radiusKm());
        if (f.modes().contains(dev.rustyevents.vocabulary.Mode.VIRTUAL)) {
            clauses.add("(mode = :nearVirtual or (" + within + "))");
            param("nearVirtual", dev.rustyevents.vocabulary.Mode.VIRTUAL);
        } else {
            clauses.add("(" + within + ")");
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
