package dev.rustyevents.atom;

import dev.rustyevents.event.EventFilter;
import dev.rustyevents.http.PublicBase;
import java.time.LocalDate;

/**
 * One Atom feed as asked for; also the key of its rendering in {@link AtomCache}.
 *
 * @param query the feed's own query string, known parameters only, in a fixed order (no {@code ?});
 *     empty for none
 * @param filter which events, with the window resolved for the day of the request
 * @param today the day of the request (UTC): the default first day, which the title does not
 *     mention
 * @param limit most entries, 1-{@value AtomResource#MAX_LIMIT}
 * @param base the public base of the feed's links: part of the key, so one Host's addresses are
 *     never replayed to another
 */
record AtomRequest(String query, EventFilter filter, LocalDate today, int limit, PublicBase base) {

    /**
     * @param path a path starting with {@code /}
     * @return the path with this feed's query
     */
    String on(String path) {
        return query.isEmpty() ? path : path + "?" + query;
    }
}
