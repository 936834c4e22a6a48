package dev.rustyevents.calendar;

import dev.rustyevents.api.ApiBody;

/**
 * A wrong import planted for {@code ArchitectureTest}: the feeds using the JSON API, a sibling.
 * Never used.
 */
final class PlantedSiblingImport {

    private PlantedSiblingImport() {}

    static Object body(ApiBody body) {
        return body.entity();
    }
}
