package dev.rustyevents.ingest;

import dev.rustyevents.event.Event;
import dev.rustyevents.vocabulary.Region;
import dev.rustyevents.vocabulary.Slugs;
import dev.rustyevents.scrape.Listing;

import java.util.Objects;

/**
 * The fields of an event that a subscriber sees, and the rules for changing them: what a listing
 * says, what a later listing may leave out without erasing it, and what counts as a change
 * (one that raises RFC 5545 SEQUENCE and LAST-MODIFIED).
 */
final class EventFields {

    private EventFields() {
    }

    /** @return a detached event holding what the listing says (no identity, status or dates of record). */
    static Event of(Listing l) {
        Event e = new Event();
        e.startDate = l.startDate();
        e.endDate = l.endDate() != null ? l.endDate() : l.startDate();
        e.yearInferred = l.yearInferred();
        e.mode = l.mode();
        e.city = clip(l.city(), 200);
        e.subdivision = clip(l.subdivision(), 10);
        e.country = l.country();
        e.region = Region.of(l.country(), l.regionHeading()).orElse(null);
        e.locationRaw = clip(l.locationRaw(), 500);
        e.groupName = clip(l.groupName(), 300);
        e.groupUrl = clip(l.groupUrl(), 1000);
        e.title = clip(l.title(), 1000);
        e.eventUrl = clip(l.eventUrl(), 1000);
        return e;
    }

    /**
     * A later listing that leaves out what an earlier one said does not erase it: TWiR wrote
     * {@code Vancouver, BC, CA} one week and {@code Vancouver, CA} the next, or {@code Virtual
     * (Girona, ES)} and then {@code Virtual}. Links that differ only in form (scheme, {@code www.},
     * trailing slash, tracking parameters) keep the known spelling, so the feed's bytes stay put.
     *
     * @param known    the stored event
     * @param incoming what the newer listing says; completed in place
     */
    static void fillGaps(Event known, Event incoming) {
        boolean samePlaceOrNone = incoming.city == null && incoming.country == null;
        if (samePlaceOrNone && incoming.mode == known.mode) {
            incoming.city = known.city;
            incoming.subdivision = known.subdivision;
            incoming.country = known.country;
            incoming.region = known.region;
        } else if (incoming.subdivision == null && Objects.equals(known.city, incoming.city)
                && Objects.equals(known.country, incoming.country)) {
            incoming.subdivision = known.subdivision;
        }
        if (incoming.groupUrl == null && Objects.equals(known.groupName, incoming.groupName)
                || known.groupUrl != null && EventIdentity.groupLink(known.groupUrl).equals(EventIdentity.groupLink(incoming.groupUrl))) {
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

    /** @return whether a subscriber would see no difference between the two (raw location text aside). */
    static boolean sameForSubscribers(Event a, Event b) {
        return Objects.equals(a.startDate, b.startDate) && Objects.equals(a.endDate, b.endDate)
                && a.mode == b.mode && Objects.equals(a.city, b.city) && Objects.equals(a.subdivision, b.subdivision)
                && Objects.equals(a.country, b.country) && a.region == b.region
                && Objects.equals(a.groupName, b.groupName) && Objects.equals(a.groupUrl, b.groupUrl)
                && Objects.equals(a.title, b.title) && Objects.equals(a.eventUrl, b.eventUrl);
    }

    /** Copies the visible fields, and the search text derived from them, from one event to another. */
    static void copy(Event from, Event to) {
        to.startDate = from.startDate;
        to.endDate = from.endDate;
        to.yearInferred = from.yearInferred;
        to.mode = from.mode;
        to.city = from.city;
        to.subdivision = from.subdivision;
        to.country = from.country;
        to.region = from.region;
        to.locationRaw = from.locationRaw;
        to.groupName = from.groupName;
        to.groupSlug = clip(Slugs.of(from.groupName), 300);
        to.groupUrl = from.groupUrl;
        to.title = from.title;
        to.eventUrl = from.eventUrl;
        to.searchText = clip(Slugs.fold(String.join(" ", Objects.toString(to.title, ""),
                Objects.toString(to.groupName, ""), Objects.toString(to.city, ""))), 2000);
    }

    private static boolean sameLink(String a, String b) {
        return a != null && b != null && EventIdentity.normalise(a).equals(EventIdentity.normalise(b))
                && EventIdentity.normalise(a).isPresent();
    }

    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
