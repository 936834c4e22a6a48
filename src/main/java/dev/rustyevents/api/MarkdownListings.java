package dev.rustyevents.api;

import dev.rustyevents.event.Event;
import dev.rustyevents.event.StoredListing;
import dev.rustyevents.scrape.Listing;

/**
 * Stored listings and events as the parser's {@link Listing} fields, for {@link
 * dev.rustyevents.scrape.TwirMarkdown} to write back: the one writer of TWiR's Markdown takes the
 * parser's record, not an entity.
 */
final class MarkdownListings {

    /** {@code text/markdown} (RFC 7763), UTF-8. */
    static final String MEDIA_TYPE = "text/markdown; charset=utf-8";

    private MarkdownListings() {}

    /**
     * @param l a listing of an issue as parsed and stored
     * @return its fields, heading and position as read
     */
    static Listing of(StoredListing l) {
        return Listing.builder()
                .position(l.ordinal)
                .regionHeading(l.regionHeading)
                .raw(l.raw)
                .startDate(l.startDate)
                .endDate(l.endDate)
                .mode(l.mode)
                .locationRaw(l.locationRaw)
                .city(l.city)
                .subdivision(l.subdivision)
                .country(l.country)
                .groupName(l.groupName)
                .groupUrl(l.groupUrl)
                .title(l.title)
                .eventUrl(l.eventUrl)
                .yearInferred(l.yearInferred)
                .build();
    }

    /**
     * @param e a stored event (corrections applied)
     * @return its fields as a listing whose heading is its continent's ({@code null} when it has
     *     none), for {@link dev.rustyevents.scrape.TwirMarkdown#inTwirOrder}
     */
    static Listing of(Event e) {
        return Listing.builder()
                .regionHeading(e.region == null ? null : e.region.heading())
                .startDate(e.startDate)
                .endDate(e.endDate)
                .mode(e.mode)
                .locationRaw(e.locationRaw)
                .city(e.city)
                .subdivision(e.subdivision)
                .country(e.country)
                .groupName(e.groupName)
                .groupUrl(e.groupUrl)
                .title(e.title)
                .eventUrl(e.eventUrl)
                .yearInferred(e.yearInferred)
                .build();
    }
}
