package dev.rustyevents.event;

/**
 * Confirmed events stored at one point: one dot of a map.
 *
 * @param latitude degrees north (WGS 84), the events' stored {@code latitude}
 * @param longitude degrees east, the events' stored {@code longitude}
 * @param name the gazetteer's name of the place ("Munich"), or TWiR's city when none is stored
 * @param subdivision the ISO 3166-2 code ({@code US-OR}), or null
 * @param country the ISO 3166-1 alpha-2 code, or null
 * @param count events at exactly this point, at least 1
 */
public record PointCount(
        double latitude,
        double longitude,
        String name,
        String subdivision,
        String country,
        long count) {}
