package dev.rustyevents.place;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link PlaceContext} learned from resolved listings: every place a city column resolved to (by
 * name, not by title or group), and per group the place it resolved to most often. Fill it with
 * {@link #learn} from one pass over the stored events, then resolve the rest with it. Not
 * thread-safe while learning.
 */
public final class LearnedPlaces implements PlaceContext {

    /** A group's usual place must be seen at least this often. */
    static final int MIN_GROUP_LISTINGS = 2;

    private final Gazetteer gazetteer;
    private final Set<Integer> known = new HashSet<>();
    private final Map<String, Map<Integer, Integer>> byGroup = new HashMap<>();

    /**
     * @param gazetteer where the learned places are looked up
     */
    public LearnedPlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Learns from one listing's place, when a city column named it ({@code exact}, {@code
     * alternate-name}, {@code subdivision-hint} or {@code fuzzy}); other resolutions teach nothing.
     *
     * @param groupSlug the listing's group, or null
     * @param place how its place resolved
     */
    public void learn(String groupSlug, ResolvedPlace place) {
        if (!place.resolved()
                || place.resolution() == PlaceResolution.FROM_TITLE
                || place.resolution() == PlaceResolution.GROUP_HOME) {
            return;
        }
        int id = place.place().geonameId();
        known.add(id);
        if (groupSlug != null && !groupSlug.isEmpty()) {
            byGroup.computeIfAbsent(groupSlug, g -> new HashMap<>()).merge(id, 1, Integer::sum);
        }
    }

    /**
     * Learns from one listing's place under each name of its group: its slug and its Meetup address
     * ({@link WrittenPlace#groupLink}), so a line that names no group but links the group's page
     * finds the same home.
     *
     * @param written the listing's place as written
     * @param place how it resolved
     */
    public void learn(WrittenPlace written, ResolvedPlace place) {
        learn(written.groupSlug(), place);
        if (written.groupLink() != null && !written.groupLink().equals(written.groupSlug())) {
            learn(written.groupLink(), place);
        }
    }

    @Override
    public boolean knownFromData(int geonameId) {
        return known.contains(geonameId);
    }

    @Override
    public boolean knowsNoPlace() {
        return known.isEmpty();
    }

    @Override
    public Optional<GazetteerPlace> groupHome(String groupSlug) {
        Map<Integer, Integer> counts = groupSlug == null ? null : byGroup.get(groupSlug);
        if (counts == null) {
            return Optional.empty();
        }
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_GROUP_LISTINGS)
                .max(
                        Map.Entry.<Integer, Integer>comparingByValue()
                                .thenComparing(Map.Entry.comparingByKey()))
                .flatMap(e -> gazetteer.byGeonameId(e.getKey()));
    }
}
