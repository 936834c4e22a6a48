package dev.rustyevents.event;

import dev.rustyevents.vocabulary.Region;
import java.time.LocalDate;

/**
 * A group as TWiR's listings describe it: groups are not listed on their own, only as the
 * organisers of events, so everything here is derived from the group's events.
 *
 * @param slug {@link Slugs#of(String)} of the name; the group's key
 * @param name the name as the most recent listing wrote it
 * @param url the group's page as the most recent listing that gave one wrote it, or null
 * @param home where most of its in-person and hybrid events took place (ties: the most recent), or
 *     null for a group that only met online; its coordinates are those of the most recent of its
 *     events there that has coordinates (the distance filters measure from them)
 * @param eventCount its confirmed events over the whole history
 * @param firstDate the first day of its first event
 * @param lastDate the first day of its latest event (past or future)
 * @param next its next confirmed event: the first that has not ended before today (UTC), or null
 */
public record GroupSummary(
        String slug,
        String name,
        String url,
        Place home,
        long eventCount,
        LocalDate firstDate,
        LocalDate lastDate,
        Event next) {

    /**
     * A place as stored on events.
     *
     * @param city city name, or null
     * @param subdivision ISO 3166-2 subdivision as TWiR wrote it, without the country prefix, or
     *     null
     * @param country ISO 3166-1 alpha-2 code, or null
     * @param region its continent, or null
     * @param latitude WGS 84 degrees north of the place as the gazetteer resolved it, or null when
     *     none of the group's events there was resolved
     * @param longitude WGS 84 degrees east, or null with {@code latitude}
     */
    public record Place(
            String city,
            String subdivision,
            String country,
            Region region,
            Double latitude,
            Double longitude) {

        /**
         * @return the same place with these coordinates
         */
        Place at(Double latitude, Double longitude) {
            return new Place(city, subdivision, country, region, latitude, longitude);
        }
    }
}
