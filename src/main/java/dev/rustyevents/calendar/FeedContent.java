package dev.rustyevents.calendar;

/** What a feed's VEVENTs are. */
public enum FeedContent {
    /** One VEVENT per event, over its days. */
    EVENTS,
    /** One all-day VEVENT per call for proposals, on its deadline (TWiR's "CFP - Events"). */
    CALLS_FOR_PROPOSALS
}
