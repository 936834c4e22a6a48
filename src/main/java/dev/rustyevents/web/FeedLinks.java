package dev.rustyevents.web;

import dev.rustyevents.event.EventFilter;
import dev.rustyevents.http.FilterDescription;
import dev.rustyevents.http.SubscribeLinks;
import java.util.Optional;
import java.util.Set;

/**
 * The feeds a page advertises in its {@code <head>} ({@code <link rel="alternate">}, HTML §4.6.7.1,
 * so feed readers and browser extensions find them): the Atom feed of new and changed events and
 * the iCalendar feed, both for the page's own filter.
 *
 * @param title what the filter selects ({@link FilterDescription}: "Rust events in Germany"), the
 *     links' title and the main page's {@code <title>}
 * @param atom the Atom feed's path and query ({@code /feeds/events.atom?country=DE})
 * @param ics the iCalendar feed's path and query ({@code /calendar.ics?country=DE})
 */
public record FeedLinks(String title, String atom, String ics) {

    /** The feeds of every event: what a page without a filter of its own advertises. */
    public static final FeedLinks ALL =
            new FeedLinks(
                    FilterDescription.of(EventFilter.builder().build(), null, s -> Optional.empty())
                            .name(),
                    "/feeds/events.atom",
                    "/calendar.ics");

    /**
     * @param title the filter's name
     * @param query the page's filter as its URL carries it
     * @return the feeds with the same query
     */
    static FeedLinks of(String title, PageQuery query) {
        return new FeedLinks(title, query.on("/feeds/events.atom"), query.on("/calendar.ics"));
    }

    /**
     * @param slug a group's slug
     * @param name the group's name
     * @return the group's feeds: the Atom feed filtered by {@code group}, the group's own calendar
     */
    public static FeedLinks group(String slug, String name) {
        EventFilter filter = EventFilter.builder().groupSlugs(Set.of(slug)).build();
        return new FeedLinks(
                FilterDescription.of(filter, null, s -> Optional.of(name)).name(),
                "/feeds/events.atom?group=" + slug,
                SubscribeLinks.groupFeed(slug));
    }
}
