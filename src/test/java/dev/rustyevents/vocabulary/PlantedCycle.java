package dev.rustyevents.vocabulary;

import dev.rustyevents.scrape.Listing;

/**
 * A wrong import planted for {@code ArchitectureTest}: the vocabulary using scrape, which uses the
 * vocabulary (a cycle). Never used.
 */
final class PlantedCycle {

    private PlantedCycle() {}

    static Mode mode(Listing listing) {
        return listing.mode();
    }
}
