package dev.rustyevents.vocabulary;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The continent of an event's place, named as TWiR's geographic region headings name them
 * ("Africa", "Asia", "Europe", "North America", "Oceania", "South America"). TWiR's "Virtual"
 * heading is a section, not a region: it has no constant here ({@link RegionHeading} says which
 * headings TWiR prints and what each says).
 */
public enum Region {
    AFRICA("africa", "Africa"),
    ASIA("asia", "Asia"),
    EUROPE("europe", "Europe"),
    NORTH_AMERICA("north-america", "North America"),
    OCEANIA("oceania", "Oceania"),
    SOUTH_AMERICA("south-america", "South America");

    private final String code;
    private final String heading;

    Region(String code, String heading) {
        this.code = code;
        this.heading = heading;
    }

    /**
     * @return the wire name ({@code north-america}) used in JSON, URLs and the database.
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * @return the heading TWiR prints for this region ({@code North America}).
     */
    public String heading() {
        return heading;
    }

    /**
     * @param code a wire name such as {@code north-america} (case-insensitive)
     * @return the region, or empty when the name is unknown
     */
    public static Optional<Region> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equalsIgnoreCase(code)).findFirst();
    }

    /**
     * @param heading a TWiR region heading as printed, e.g. {@code North America} or {@code
     *     Oceania:} ({@link RegionHeading}: a trailing colon and case are ignored)
     * @return the region, or empty for headings that name no continent ({@code Virtual}, {@code
     *     Asia Pacific}) and for text that is no region heading
     */
    public static Optional<Region> fromHeading(String heading) {
        return RegionHeading.of(heading).map(RegionHeading::region);
    }

    /**
     * The region of a place: the continent of its country when known, else the geographic heading
     * TWiR listed it under, else empty (a virtual event with no place).
     *
     * @param country ISO 3166-1 alpha-2 code, or null
     * @param heading the TWiR region heading the listing stood under, or null
     */
    public static Optional<Region> of(String country, String heading) {
        Optional<Region> byCountry = Countries.regionOf(country);
        return byCountry.isPresent() ? byCountry : fromHeading(heading);
    }
}
