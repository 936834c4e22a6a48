package dev.rustyevents.calendar;

import dev.rustyevents.event.EventFilter;
import dev.rustyevents.http.FeedContent;
import dev.rustyevents.http.FeedSpec;
import dev.rustyevents.http.PublicBase;
import java.time.LocalDate;

/**
 * One feed as asked for; also the key of its rendering in {@link FeedCache}, so two requests that
 * would give the same bytes share one rendering.
 *
 * @param content what its VEVENTs are
 * @param spec what the calls for proposals' feed is (calendar name and description); a feed of
 *     events is named after its filter when rendered; null for {@link FeedContent#GROUP_EVENTS}
 * @param path the feed's path, e.g. {@code /calendars/europe.ics}
 * @param query the feed's own query string, known parameters only, in a fixed order (no {@code ?});
 *     empty for none
 * @param filter which events, with the window resolved for the day of the request
 * @param defaultFrom the first day of the default window ({@code past_days} ago), which the feed's
 *     name does not mention
 * @param base the public base the feed's SOURCE and URL are built on: part of the key, so one
 *     Host's addresses are never replayed to another
 */
record FeedRequest(
        FeedContent content,
        FeedSpec spec,
        String path,
        String query,
        EventFilter filter,
        LocalDate defaultFrom,
        PublicBase base) {

    /**
     * @return the feed's path and query, relative to {@link #base()}
     */
    String address() {
        return query.isEmpty() ? path : path + "?" + query;
    }
}
