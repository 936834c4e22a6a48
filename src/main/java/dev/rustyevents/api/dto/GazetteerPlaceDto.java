package dev.rustyevents.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rustyevents.place.GazetteerPlace;

/**
 * A gazetteer place offered by {@code /api/places} for the page's place box.
 *
 * @param near the value of the {@code near} parameter that names it ({@code Portland,US-OR})
 * @param name GeoNames name
 * @param country ISO 3166-1 alpha-2
 * @param subdivision ISO 3166-2, or absent
 * @param subdivisionName the subdivision's English name, or absent
 * @param latitude WGS 84 degrees
 * @param longitude WGS 84 degrees
 * @param population inhabitants (GeoNames)
 * @param timeZone IANA time zone id
 * @param geonameId GeoNames id
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GazetteerPlaceDto(
        String near,
        String name,
        String country,
        String subdivision,
        String subdivisionName,
        double latitude,
        double longitude,
        int population,
        String timeZone,
        int geonameId) {

    /**
     * @param p a place
     * @param near its {@code near} value
     * @param subdivisionName its subdivision's name, or null
     */
    public static GazetteerPlaceDto of(GazetteerPlace p, String near, String subdivisionName) {
        return new GazetteerPlaceDto(
                near,
                p.name(),
                p.country(),
                p.subdivision(),
                subdivisionName,
                p.point().latitude(),
                p.point().longitude(),
                p.population(),
                p.timeZone(),
                p.geonameId());
    }
}
