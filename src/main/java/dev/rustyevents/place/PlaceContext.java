package dev.rustyevents.place;

/**
 * What the store knows that helps read a place: which places TWiR's city columns have named, so a
 * title naming one of them can be trusted ({@link PlaceResolution#FROM_TITLE}).
 */
@FunctionalInterface
public interface PlaceContext {

    /** Knows nothing: titles are not read for places. */
    PlaceContext NONE = id -> false;

    /**
     * @param geonameId a gazetteer place's GeoNames id
     * @return whether a stored event's city column resolved to it
     */
    boolean knownFromData(int geonameId);
}
