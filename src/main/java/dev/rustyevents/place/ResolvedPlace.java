package dev.rustyevents.place;

/**
 * Where an event is, and how that was found.
 *
 * @param place the gazetteer place, or null when {@code resolution} is {@link PlaceResolution#NONE}
 * @param resolution how it was matched
 */
public record ResolvedPlace(GazetteerPlace place, PlaceResolution resolution) {

    /** Nothing matched, or more than one place did: no point is given. */
    public static final ResolvedPlace NONE = new ResolvedPlace(null, PlaceResolution.NONE);

    /**
     * @return whether a point is known
     */
    public boolean resolved() {
        return place != null;
    }
}
