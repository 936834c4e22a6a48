package dev.rustyevents.event;

/**
 * How many confirmed events a region or country has.
 *
 * @param code the region code or ISO 3166-1 alpha-2 country code
 * @param upcoming events that have not ended before today (UTC)
 * @param total events over the whole history
 */
public record PlaceCount(String code, long upcoming, long total) {}
