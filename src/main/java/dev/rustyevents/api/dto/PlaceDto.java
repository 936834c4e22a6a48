package dev.rustyevents.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A region or country with its event counts, for filter menus.
 *
 * @param code the region code ({@code europe}) or ISO 3166-1 alpha-2 country code ({@code DE})
 * @param name its English name as TWiR's headings or ISO 3166 name it
 * @param region the country's region code (countries only)
 * @param upcoming confirmed events that have not ended before today (UTC)
 * @param total confirmed events over the whole history
 * @param withoutCountry (regions only) the region's events that have no country, so are in no
 *     {@code /api/countries} entry: a region's {@code upcoming} and {@code total} are the sums of
 *     its countries' plus these
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlaceDto(
        String code, String name, String region, long upcoming, long total, Counts withoutCountry) {

    /**
     * @return a country's entry
     */
    public static PlaceDto country(
            String code, String name, String region, long upcoming, long total) {
        return new PlaceDto(code, name, region, upcoming, total, null);
    }

    /**
     * Event counts.
     *
     * @param upcoming confirmed events that have not ended before today (UTC)
     * @param total confirmed events over the whole history
     */
    public record Counts(long upcoming, long total) {}
}
