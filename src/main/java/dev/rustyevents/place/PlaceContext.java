package dev.rustyevents.place;

import java.util.Optional;

/**
 * What the store knows that helps read a place: which places TWiR's city columns have named, so a
 * title naming one of them can be trusted ({@link PlaceResolution#FROM_TITLE}), and each group's
 * usual place ({@link PlaceResolution#GROUP_HOME}).
 */
public interface PlaceContext {

    /** Knows nothing: titles are not read for places, groups have no home. */
    PlaceContext NONE =
            new PlaceContext() {
                @Override
                public boolean knownFromData(int geonameId) {
                    return false;
                }

                @Override
                public boolean knowsNoPlace() {
                    return true;
                }

                @Override
                public Optional<GazetteerPlace> groupHome(String groupSlug) {
                    return Optional.empty();
                }
            };

    /**
     * @param groupSlug a group's slug or Meetup address ({@link WrittenPlace#groupLink}), or null
     * @return the place the group's listings resolved to most often (at least twice), or empty
     */
    Optional<GazetteerPlace> groupHome(String groupSlug);

    /**
     * @param geonameId a gazetteer place's GeoNames id
     * @return whether a stored event's city column resolved to it
     */
    boolean knownFromData(int geonameId);

    /**
     * @return true when {@link #knownFromData} is false for every place, so no title can name a
     *     known one and the resolver need not read titles (every listing of an ingest: {@link
     *     #NONE})
     */
    default boolean knowsNoPlace() {
        return false;
    }
}
