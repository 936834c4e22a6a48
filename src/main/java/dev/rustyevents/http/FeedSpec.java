package dev.rustyevents.http;

/**
 * What a feed is, for its calendar-level properties; for a filter of events, made by {@link
 * FilterDescription}.
 *
 * @param name calendar name (RFC 7986 NAME and X-WR-CALNAME), e.g. "Rust events in Europe, in
 *     person"
 * @param description what the filter is, in a sentence (RFC 7986 DESCRIPTION and X-WR-CALDESC)
 */
public record FeedSpec(String name, String description) {}
