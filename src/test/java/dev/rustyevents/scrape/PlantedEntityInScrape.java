package dev.rustyevents.scrape;

import dev.rustyevents.event.Event;

/**
 * A wrong import planted for {@code ArchitectureTest}: the reader of TWiR using a JPA entity. Never
 * used.
 */
final class PlantedEntityInScrape {

    private PlantedEntityInScrape() {}

    static String title(Event event) {
        return event.title;
    }
}
