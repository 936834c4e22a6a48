package dev.rustyevents.place;

/**
 * One populated place of the gazetteer.
 *
 * @param geonameId GeoNames id ({@code https://www.geonames.org/{id}})
 * @param name GeoNames name, the canonical city name ("Munich", "São Paulo")
 * @param country ISO 3166-1 alpha-2 code
 * @param subdivision ISO 3166-2 code with the country prefix ("US-WA", "AU-QLD"), or null when
 *     GeoNames' first-level division has none
 * @param point coordinates
 * @param population inhabitants, by GeoNames
 * @param timeZone IANA time zone id ("Europe/Berlin")
 */
public record GazetteerPlace(
        int geonameId,
        String name,
        String country,
        String subdivision,
        GeoPoint point,
        int population,
        String timeZone) {

    /**
     * @return the subdivision code without the country prefix ("WA"), or null
     */
    public String subdivisionSuffix() {
        return subdivision == null ? null : subdivision.substring(subdivision.indexOf('-') + 1);
    }
}
