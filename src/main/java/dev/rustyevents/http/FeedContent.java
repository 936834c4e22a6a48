package dev.rustyevents.http;

/** What a feed's VEVENTs are. */
public enum FeedContent {
    /** One VEVENT per event, over its days. */
    EVENTS,
    /**
     * As {@link #EVENTS}, for the one group of the filter; the feed is named after the group,
     * looked up when it is rendered, so a poll does not touch the database.
     */
    GROUP_EVENTS,
    /** One all-day VEVENT per call for proposals, on its deadline (TWiR's "CFP - Events"). */
    CALLS_FOR_PROPOSALS
}
