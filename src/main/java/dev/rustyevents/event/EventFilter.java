package dev.rustyevents.event;

import dev.rustyevents.place.GeoPoint;
import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.Region;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which events a caller wants; one type for the JSON API, the iCalendar feeds and the page, so the
 * same query returns the same events everywhere. Empty sets and nulls mean "any"; values within one
 * set are alternatives (OR), different fields all apply (AND). Twelve components, five of them sets
 * of strings: build one by name with {@link #builder()}, or change one from another with {@link
 * #toBuilder()}.
 *
 * @param from earliest day (inclusive): an event matches when its last day is on or after it; null
 *     for no lower bound
 * @param to latest day (inclusive): an event matches when its first day is on or before it; null
 *     for no upper bound
 * @param regions continents of the place
 * @param countries ISO 3166-1 alpha-2 codes, upper case
 * @param subdivisionCodes ISO 3166-2 codes with their country prefix, upper case ({@code US-WA});
 *     not the subdivision as a record writes it ({@link Event#subdivision})
 * @param cities city names, lower case (compared case-insensitively)
 * @param modes attendance modes
 * @param groupSlugs the groups' slugs ({@link Slugs#of(String)} of their names)
 * @param text words that must all appear in the title, group or city (case- and
 *     accent-insensitive); null for no text condition
 * @param cancelledSince when set, delisted events are included only if they were delisted on or
 *     after this day (UTC); null includes every delisted event
 * @param statuses the statuses wanted; empty for any
 * @param updatedSince only events whose last subscriber-visible change ({@link Event#updatedAt}) is
 *     at or after this instant, for sync clients; null for any
 * @param near only events whose stored place is within {@code radiusKm} of this point (great-circle
 *     distance, {@link GeoPoint#distanceKm}); virtual events, which are nowhere, only when {@code
 *     modes} asks for them; null for anywhere
 * @param radiusKm the radius around {@code near}, kilometres (ignored without {@code near})
 * @param nearName how the request named {@code near} ({@code Berlin}, {@code 52.52,13.40}), for
 *     describing the filter only (feed names, titles); null without {@code near}
 */
public record EventFilter(
        LocalDate from,
        LocalDate to,
        Set<Region> regions,
        Set<String> countries,
        Set<String> subdivisionCodes,
        Set<String> cities,
        Set<Mode> modes,
        Set<String> groupSlugs,
        String text,
        LocalDate cancelledSince,
        Set<EventStatus> statuses,
        Instant updatedSince,
        GeoPoint near,
        double radiusKm,
        String nearName) {

    /** {@code radius} when {@code near} is given without one, in kilometres. */
    public static final double DEFAULT_RADIUS_KM = 100;

    public EventFilter {
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        subdivisionCodes = subdivisionCodes == null ? Set.of() : Set.copyOf(subdivisionCodes);
        cities = cities == null ? Set.of() : Set.copyOf(cities);
        modes = modes == null ? Set.of() : Set.copyOf(modes);
        groupSlugs = groupSlugs == null ? Set.of() : Set.copyOf(groupSlugs);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /**
     * @return a builder of a filter for every event (each component "any" until set)
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a builder holding this filter's components, to change some of them
     */
    public Builder toBuilder() {
        return new Builder()
                .from(from)
                .to(to)
                .regions(regions)
                .countries(countries)
                .subdivisionCodes(subdivisionCodes)
                .cities(cities)
                .modes(modes)
                .groupSlugs(groupSlugs)
                .text(text)
                .cancelledSince(cancelledSince)
                .statuses(statuses)
                .updatedSince(updatedSince)
                .near(near, radiusKm)
                .nearName(nearName);
    }

    /**
     * @return a filter for every event from {@code from} on.
     */
    public static EventFilter from(LocalDate from) {
        return builder().from(from).build();
    }

    /**
     * @return this filter restricted to the given modes (a named feed's rule).
     */
    public EventFilter withModes(Set<Mode> newModes) {
        return toBuilder().modes(newModes).build();
    }

    /**
     * @return this filter restricted to one region (a named feed's rule).
     */
    public EventFilter withRegion(Region region) {
        return toBuilder().regions(Set.of(region)).build();
    }

    /**
     * @return this filter restricted to one group (a group feed's rule).
     */
    public EventFilter withGroup(String groupSlug) {
        return toBuilder().groupSlugs(Set.of(groupSlug)).build();
    }

    /**
     * @param newStatuses the statuses wanted (empty for any)
     * @param since earliest last change wanted, or null
     * @return this filter restricted to those statuses and changes (the sync parameters of the API)
     */
    public EventFilter withChanges(Set<EventStatus> newStatuses, Instant since) {
        return toBuilder().statuses(newStatuses).updatedSince(since).build();
    }

    /**
     * @return this filter restricted to {@link EventStatus#CONFIRMED} events, every other condition
     *     kept (its window, places, modes, groups, text, {@code updatedSince}): what the pages, the
     *     directory and the statistics count, since a delisted event did not take place as listed
     */
    public EventFilter confirmedOnly() {
        return toBuilder().statuses(Set.of(EventStatus.CONFIRMED)).build();
    }

    /**
     * @return this filter keeping delisted events only when delisted on or after {@code day}.
     */
    public EventFilter withCancelledSince(LocalDate day) {
        return toBuilder().cancelledSince(day).build();
    }

    /**
     * Named construction of an {@link EventFilter}: each setter takes one component (null or an
     * empty set for "any", as in the record) and returns this builder; {@link #build()} copies the
     * sets, so the builder can be reused.
     */
    public static final class Builder {
        private GeoPoint near;
        private String nearName;
        private double radiusKm = DEFAULT_RADIUS_KM;

        private LocalDate from;
        private LocalDate to;
        private Set<Region> regions;
        private Set<String> countries;
        private Set<String> subdivisionCodes;
        private Set<String> cities;
        private Set<Mode> modes;
        private Set<String> groupSlugs;
        private String text;
        private LocalDate cancelledSince;
        private Set<EventStatus> statuses;
        private Instant updatedSince;

        private Builder() {}

        /**
         * @param from earliest day (inclusive), or null; see {@link EventFilter#from()}
         */
        public Builder from(LocalDate from) {
            this.from = from;
            return this;
        }

        /**
         * @param to latest day (inclusive), or null; see {@link EventFilter#to()}
         */
        public Builder to(LocalDate to) {
            this.to = to;
            return this;
        }

        /**
         * @param regions continents of the place
         */
        public Builder regions(Set<Region> regions) {
            this.regions = regions;
            return this;
        }

        /**
         * @param countries ISO 3166-1 alpha-2 codes, upper case
         */
        public Builder countries(Set<String> countries) {
            this.countries = countries;
            return this;
        }

        /**
         * @param subdivisionCodes ISO 3166-2 codes with their country prefix, upper case ({@code
         *     US-WA})
         */
        public Builder subdivisionCodes(Set<String> subdivisionCodes) {
            this.subdivisionCodes = subdivisionCodes;
            return this;
        }

        /**
         * @param cities city names, lower case
         */
        public Builder cities(Set<String> cities) {
            this.cities = cities;
            return this;
        }

        /**
         * @param modes attendance modes
         */
        public Builder modes(Set<Mode> modes) {
            this.modes = modes;
            return this;
        }

        /**
         * @param groupSlugs the groups' slugs
         */
        public Builder groupSlugs(Set<String> groupSlugs) {
            this.groupSlugs = groupSlugs;
            return this;
        }

        /**
         * @param text words that must all appear in the title, group or city, or null
         */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /**
         * @param cancelledSince keep delisted events only when delisted on or after this day (UTC),
         *     or null
         */
        public Builder cancelledSince(LocalDate cancelledSince) {
            this.cancelledSince = cancelledSince;
            return this;
        }

        /**
         * @param statuses the statuses wanted; empty or null for any
         */
        public Builder statuses(Set<EventStatus> statuses) {
            this.statuses = statuses;
            return this;
        }

        /**
         * @param updatedSince earliest last subscriber-visible change wanted, or null
         */
        public Builder updatedSince(Instant updatedSince) {
            this.updatedSince = updatedSince;
            return this;
        }

        /**
         * @return the filter of the components set so far
         */
        public EventFilter build() {
            return new EventFilter(
                    from,
                    to,
                    regions,
                    countries,
                    subdivisionCodes,
                    cities,
                    modes,
                    groupSlugs,
                    text,
                    cancelledSince,
                    statuses,
                    updatedSince,
                    near,
                    radiusKm,
                    near == null ? null : nearName);
        }

        /**
         * @param near the centre of a distance filter, or null
         * @param radiusKm its radius in kilometres
         */
        public Builder near(GeoPoint near, double radiusKm) {
            this.near = near;
            this.radiusKm = radiusKm;
            return this;
        }

        /**
         * @param nearName how the request named the centre of the distance filter, or null
         */
        public Builder nearName(String nearName) {
            this.nearName = nearName;
            return this;
        }
    }
}
