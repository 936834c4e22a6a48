package dev.rustyevents.event;

import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.Region;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which events a caller wants; one type for the JSON API, the iCalendar feeds and the page, so
 * the same query returns the same events everywhere. Empty sets and nulls mean "any"; values
 * within one set are alternatives (OR), different fields all apply (AND).
 *
 * @param from            earliest day (inclusive): an event matches when its last day is on or
 *                        after it; null for no lower bound
 * @param to              latest day (inclusive): an event matches when its first day is on or
 *                        before it; null for no upper bound
 * @param regions         continents of the place
 * @param countries       ISO 3166-1 alpha-2 codes, upper case
 * @param subdivisions    ISO 3166-2 codes with their country prefix, upper case ({@code US-WA})
 * @param cities          city names, lower case (compared case-insensitively)
 * @param modes           attendance modes
 * @param groupSlugs      the groups' slugs ({@link Slugs#of(String)} of their names)
 * @param text            words that must all appear in the title, group or city (case- and
 *                        accent-insensitive); null for no text condition
 * @param cancelledSince  when set, delisted events are included only if they were delisted on or
 *                        after this day (UTC); null includes every delisted event
 * @param statuses        the statuses wanted; empty for any
 * @param updatedSince    only events whose last subscriber-visible change ({@link Event#updatedAt})
 *                        is at or after this instant, for sync clients; null for any
 */
public record EventFilter(
        LocalDate from,
        LocalDate to,
        Set<Region> regions,
        Set<String> countries,
        Set<String> subdivisions,
        Set<String> cities,
        Set<Mode> modes,
        Set<String> groupSlugs,
        String text,
        LocalDate cancelledSince,
        Set<EventStatus> statuses,
        java.time.Instant updatedSince) {

    public EventFilter {
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        subdivisions = subdivisions == null ? Set.of() : Set.copyOf(subdivisions);
        cities = cities == null ? Set.of() : Set.copyOf(cities);
        modes = modes == null ? Set.of() : Set.copyOf(modes);
        groupSlugs = groupSlugs == null ? Set.of() : Set.copyOf(groupSlugs);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** @return a filter for every event from {@code from} on. */
    public static EventFilter from(LocalDate from) {
        return new EventFilter(from, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** @return this filter restricted to the given modes (a named feed's rule). */
    public EventFilter withModes(Set<Mode> newModes) {
        return new EventFilter(from, to, regions, countries, subdivisions, cities, newModes, groupSlugs, text, cancelledSince, statuses, updatedSince);
    }

    /** @return this filter restricted to one region (a named feed's rule). */
    public EventFilter withRegion(Region region) {
        return new EventFilter(from, to, Set.of(region), countries, subdivisions, cities, modes, groupSlugs, text, cancelledSince, statuses, updatedSince);
    }

    /** @return this filter restricted to one group (a group feed's rule). */
    public EventFilter withGroup(String groupSlug) {
        return new EventFilter(from, to, regions, countries, subdivisions, cities, modes, Set.of(groupSlug), text, cancelledSince, statuses, updatedSince);
    }

    /**
     * @param newStatuses the statuses wanted (empty for any)
     * @param since       earliest last change wanted, or null
     * @return this filter restricted to those statuses and changes (the sync parameters of the API)
     */
    public EventFilter withChanges(Set<EventStatus> newStatuses, java.time.Instant since) {
        return new EventFilter(from, to, regions, countries, subdivisions, cities, modes, groupSlugs, text, cancelledSince, newStatuses, since);
    }

    /** @return this filter keeping delisted events only when delisted on or after {@code day}. */
    public EventFilter withCancelledSince(LocalDate day) {
        return new EventFilter(from, to, regions, countries, subdivisions, cities, modes, groupSlugs, text, day, statuses, updatedSince);
    }
}
