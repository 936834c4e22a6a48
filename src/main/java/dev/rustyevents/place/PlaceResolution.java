package dev.rustyevents.place;

import java.util.Arrays;
import java.util.Optional;

/**
 * How TWiR's words for a place were matched to a gazetteer place, so a wrong match can be found
 * (the API's {@code place.resolution}).
 */
public enum PlaceResolution {
    /** The city as written is a place's GeoNames name, in the country TWiR gave. */
    EXACT("exact"),
    /** The city as written is one of a place's alternate names ("München", "Bangalore"). */
    ALTERNATE_NAME("alternate-name"),
    /**
     * TWiR's country column held no country but a subdivision ("Portland, OR", "Brisbane City,
     * QL"): the country came from the gazetteer place in that subdivision.
     */
    SUBDIVISION_HINT("subdivision-hint"),
    /** A spelling within a bounded edit distance of a place's name ("Plovidv"). */
    FUZZY("fuzzy"),
    /**
     * The place names no city, or several, or none the gazetteer knows ("Utah, US", "Switzerland,
     * CH", "Arlington, US"), in the country of the group's usual place: that place, the one its
     * other listings resolved to most often (learned from the stored events; the group known by its
     * name or, where the line names none, by its Meetup address).
     */
    GROUP_HOME("group-home"),
    /**
     * A known city named in the title: the lines with no place column (2013–2018, "Rust Meetup
     * Hamburg"), and those whose place column names no city ("Switzerland, CH - Rust Meetup
     * Geneva").
     */
    FROM_TITLE("from-title"),
    /** Unknown or still ambiguous: what TWiR wrote is kept and no point is given. */
    NONE("none");

    private final String code;

    PlaceResolution(String code) {
        this.code = code;
    }

    /**
     * @return the wire name ({@code exact}, {@code alternate-name}, …)
     */
    public String code() {
        return code;
    }

    /**
     * @return the resolution with this wire name, or empty
     */
    public static Optional<PlaceResolution> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
