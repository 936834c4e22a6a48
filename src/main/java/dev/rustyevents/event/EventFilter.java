package dev.rustyevents.event;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which events a caller wants; one type for the JSON API, the iCalendar feeds and the page, so
 * the same query returns the same events everywhere. Empty sets and nulls mean "any".
 *
 * @param from      earliest day (inclusive): an event matches when its last day is on or after it
 * @param to        latest day (inclusive): an event matches when its first day is on or before it;
 *                  null for no upper bound
 * @param regions   continents of the place
 * @param countries ISO 3166-1 alpha-2 codes, upper case
 * @param city      city name, compared case-insensitively; null for any
 * @param modes     attendance modes
 * @param groupSlug the group's slug ({@link Slugs#of(String)} of its name); null for any
 * @param text      words that must all appear in the title, group or city (case- and accent-
 *                  insensitive); null for no text condition
 */
public record EventFilter(
        LocalDate from,
        LocalDate to,
        Set<Region> regions,
        Set<String> countries,
        String city,
        Set<Mode> modes,
        String groupSlug,
        String text) {

    public EventFilter {
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        modes = modes == null ? Set.of() : Set.copyOf(modes);
    }

    /** @return a filter for every event from {@code from} on. */
    public static EventFilter from(LocalDate from) {
        return new EventFilter(from, null, Set.of(), Set.of(), null, Set.of(), null, null);
    }

    /** @return this filter restricted to the given modes (a named feed's rule). */
    public EventFilter withModes(Set<Mode> newModes) {
        return new EventFilter(from, to, regions, countries, city, newModes, groupSlug, text);
    }

    /** @return this filter restricted to one region (a named feed's rule). */
    public EventFilter withRegion(Region region) {
        return new EventFilter(from, to, Set.of(region), countries, city, modes, groupSlug, text);
    }
}
