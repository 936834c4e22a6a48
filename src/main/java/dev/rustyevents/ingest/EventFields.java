package dev.rustyevents.ingest;

import dev.rustyevents.event.CallForProposals;
import dev.rustyevents.event.Columns;
import dev.rustyevents.event.Event;
import dev.rustyevents.event.StoredListing;
import dev.rustyevents.event.VisibleFields;
import dev.rustyevents.place.GazetteerPlace;
import dev.rustyevents.place.ResolvedPlace;
import dev.rustyevents.scrape.CfpListing;
import dev.rustyevents.scrape.Listing;
import dev.rustyevents.vocabulary.Region;
import java.util.Objects;

/**
 * What a listing says of an event, and what a later listing may leave out without erasing it. Which
 * fields a subscriber sees is {@link VisibleFields}'s; raising SEQUENCE when they change is {@link
 * EventWriter}'s.
 */
final class EventFields {

    private EventFields() {}

    /**
     * @return a detached event holding what the listing says (no identity, status or dates of
     *     record), cut to the columns' widths
     */
    static Event of(Listing l) {
        Event e = new Event();
        e.startDate = l.startDate();
        e.endDate = l.endDate() != null ? l.endDate() : l.startDate();
        e.yearInferred = l.yearInferred();
        e.mode = l.mode();
        ResolvedPlace place = ListingPlaces.resolve(l);
        e.city = Columns.clip(l.city(), Columns.CITY);
        e.subdivision =
                Columns.clip(
                        place == null ? l.subdivision() : ListingPlaces.subdivision(l, place),
                        Columns.SUBDIVISION);
        e.country = ListingPlaces.country(l, place);
        e.region = Region.of(e.country, l.regionHeading()).orElse(null);
        place(e, place);
        e.locationRaw = Columns.clip(l.locationRaw(), Columns.LOCATION_RAW);
        e.groupName = Columns.clip(l.groupName(), Columns.GROUP_NAME);
        e.groupUrl = Columns.clip(l.groupUrl(), Columns.URL);
        e.title = Columns.clip(l.title(), Columns.TITLE);
        e.eventUrl = Columns.clip(l.eventUrl(), Columns.URL);
        return e;
    }

    /**
     * Writes a resolved place into an event's place columns.
     *
     * @param e the event
     * @param place its place, or null for a virtual event (all place columns null)
     */
    static void place(Event e, ResolvedPlace place) {
        GazetteerPlace p = place == null ? null : place.place();
        e.placeResolution = place == null ? null : place.resolution().code();
        e.placeName = p == null ? null : Columns.clip(p.name(), Columns.CITY);
        e.placeSubdivision = p == null ? null : p.subdivision();
        e.latitude = p == null ? null : p.point().latitude();
        e.longitude = p == null ? null : p.point().longitude();
        e.timeZone = p == null ? null : p.timeZone();
        e.geonameId = p == null ? null : p.geonameId();
    }

    /**
     * @return what a stored listing says, as {@link #of(Listing)} read it when it was ingested
     */
    static Event of(StoredListing r) {
        return of(
                Listing.builder()
                        .position(r.ordinal)
                        .regionHeading(r.regionHeading)
                        .raw(r.raw)
                        .startDate(r.startDate)
                        .endDate(r.endDate)
                        .mode(r.mode)
                        .locationRaw(r.locationRaw)
                        .city(r.city)
                        .subdivision(r.subdivision)
                        .country(r.country)
                        .groupName(r.groupName)
                        .groupUrl(r.groupUrl)
                        .title(r.title)
                        .eventUrl(r.eventUrl)
                        .yearInferred(r.yearInferred)
                        .build());
    }

    /**
     * @param call a call for proposals with the conference's dates
     * @return the conference as a listing: the conference's name as title and group, its event
     *     page, dates and place (what the CFP ingest makes an event of)
     */
    static Listing conference(CfpListing call) {
        return Listing.builder()
                .position(call.position())
                .raw(call.raw())
                .startDate(call.startDate())
                .endDate(call.endDate())
                .mode(call.mode())
                .locationRaw(call.locationRaw())
                .city(call.city())
                .subdivision(call.subdivision())
                .country(call.country())
                .groupName(call.name())
                .title(call.name())
                .eventUrl(call.eventUrl())
                .build();
    }

    /**
     * @return a stored call's conference as {@link #conference(CfpListing)} makes it an event
     */
    static Event conference(CallForProposals c) {
        return of(
                Listing.builder()
                        .raw("")
                        .startDate(c.startDate)
                        .endDate(c.endDate)
                        .mode(c.mode)
                        .locationRaw(c.locationRaw)
                        .city(c.city)
                        .subdivision(c.subdivision)
                        .country(c.country)
                        .groupName(c.name)
                        .title(c.name)
                        .eventUrl(c.eventUrl)
                        .build());
    }

    /**
     * A later listing that leaves out what an earlier one said does not erase it: TWiR wrote {@code
     * Vancouver, BC, CA} one week and {@code Vancouver, CA} the next, or {@code Virtual (Girona,
     * ES)} and then {@code Virtual}. Links that differ only in form (scheme, {@code www.}, trailing
     * slash, tracking parameters) keep the known spelling, so the feed's bytes stay put.
     *
     * @param known the stored event
     * @param incoming what the newer listing says; completed in place
     */
    static void fillGaps(Event known, Event incoming) {
        boolean samePlaceOrNone = incoming.city == null && incoming.country == null;
        if (samePlaceOrNone && incoming.mode == known.mode) {
            incoming.city = known.city;
            incoming.subdivision = known.subdivision;
            incoming.country = known.country;
            incoming.region = known.region;
            incoming.placeName = known.placeName;
            incoming.placeSubdivision = known.placeSubdivision;
            incoming.latitude = known.latitude;
            incoming.longitude = known.longitude;
            incoming.timeZone = known.timeZone;
            incoming.geonameId = known.geonameId;
            incoming.placeResolution = known.placeResolution;
        } else if (incoming.subdivision == null
                && Objects.equals(known.city, incoming.city)
                && Objects.equals(known.country, incoming.country)) {
            incoming.subdivision = known.subdivision;
        }
        if (incoming.groupUrl == null && Objects.equals(known.groupName, incoming.groupName)
                || known.groupUrl != null
                        && EventIdentity.groupLink(known.groupUrl)
                                .equals(EventIdentity.groupLink(incoming.groupUrl))) {
            incoming.groupUrl = known.groupUrl;
        }
        if (incoming.eventUrl == null || sameLink(known.eventUrl, incoming.eventUrl)) {
            incoming.eventUrl = known.eventUrl;
        }
        if (incoming.title == null) {
            incoming.title = known.title;
        }
        if (incoming.groupName == null) {
            incoming.groupName = known.groupName;
        }
        if (incoming.locationRaw == null) {
            incoming.locationRaw = known.locationRaw;
        }
    }

    private static boolean sameLink(String a, String b) {
        return a != null
                && b != null
                && EventIdentity.normalise(a).equals(EventIdentity.normalise(b))
                && EventIdentity.normalise(a).isPresent();
    }
}
