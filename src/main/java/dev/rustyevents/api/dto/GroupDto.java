package dev.rustyevents.api.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rustyevents.event.GroupSummary;
import dev.rustyevents.http.PublicBase;
import dev.rustyevents.http.SubscribeLinks;
import dev.rustyevents.place.GeoPoint;
import dev.rustyevents.vocabulary.Countries;
import dev.rustyevents.vocabulary.Region;
import java.time.LocalDate;

/**
 * A group (a meetup or user group), derived from the events TWiR listed for it.
 *
 * @param slug its key: {@code /api/groups/{slug}}, an event's {@code groupSlug}
 * @param name its name as last listed
 * @param url its page as last listed, if any
 * @param home where most of its in-person events took place; absent for an online-only group
 * @param eventCount its confirmed events over the whole history
 * @param firstDate the first day of its first event
 * @param lastDate the first day of its latest event
 * @param nextEvent its next event (not ended before today, UTC), if any
 * @param feed its iCalendar feed's subscribe links
 * @param distanceKm the great-circle distance (haversine, {@link GeoPoint#distanceKm}) from the
 *     request's {@code near} to its home's coordinates, km, one decimal; absent without {@code
 *     near}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupDto(
        String slug,
        String name,
        String url,
        HomeDto home,
        long eventCount,
        LocalDate firstDate,
        LocalDate lastDate,
        EventDto nextEvent,
        FeedLinksDto feed,
        Double distanceKm) {

    /**
     * @param city city
     * @param subdivision subdivision as TWiR wrote it
     * @param country ISO 3166-1 alpha-2
     * @param countryName the country's English name
     * @param region continent
     * @param latitude WGS 84 degrees north (the gazetteer's, of its latest event there that was
     *     resolved), or absent
     * @param longitude WGS 84 degrees east, or absent
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HomeDto(
            String city,
            String subdivision,
            String country,
            String countryName,
            Region region,
            Double latitude,
            Double longitude) {}

    /**
     * @param url https address @param webcal one-click subscribe @param google Google Calendar's
     *     add-by-URL page
     */
    public record FeedLinksDto(String url, String webcal, String google) {}

    /**
     * @param g a group's summary
     * @param base the public base the group feed's links are built on
     * @return the DTO of the group summary, with its feed's links
     */
    public static GroupDto of(GroupSummary g, PublicBase base) {
        return of(g, base, null);
    }

    /**
     * @param g a group's summary
     * @param base the public base the group feed's links are built on
     * @param near the centre of a distance filter, or null
     * @return the DTO, with {@code distanceKm} from {@code near} when both it and the home's
     *     coordinates are known
     */
    public static GroupDto of(GroupSummary g, PublicBase base, GeoPoint near) {
        GroupSummary.Place p = g.home();
        HomeDto home =
                p == null
                        ? null
                        : new HomeDto(
                                p.city(),
                                p.subdivision(),
                                p.country(),
                                p.country() == null ? null : Countries.name(p.country()),
                                p.region(),
                                p.latitude(),
                                p.longitude());
        SubscribeLinks links = SubscribeLinks.of(base, SubscribeLinks.groupFeed(g.slug()));
        return new GroupDto(
                g.slug(),
                g.name(),
                g.url(),
                home,
                g.eventCount(),
                g.firstDate(),
                g.lastDate(),
                g.next() == null ? null : EventDto.of(g.next()),
                new FeedLinksDto(links.https(), links.webcal(), links.google()),
                near == null || p == null || p.latitude() == null
                        ? null
                        : Math.round(
                                        GeoPoint.distanceKm(
                                                        near.latitude(),
                                                        near.longitude(),
                                                        p.latitude(),
                                                        p.longitude())
                                                * 10)
                                / 10.0);
    }
}
