package dev.rustyevents.event;

import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.Region;

/**
 * Confirmed events that start in one month, in one region and mode (one row of the statistics).
 *
 * @param year the year of the first day
 * @param month the month of the first day, 1-12
 * @param region the region, or null for events without a place (online)
 * @param mode the attendance mode, or null when TWiR did not say
 * @param count number of events
 */
public record PeriodCount(int year, int month, Region region, Mode mode, long count) {}
