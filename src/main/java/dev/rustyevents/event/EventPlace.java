package dev.rustyevents.event;

import java.util.ArrayList;
import java.util.List;

/** How an event's place is written for people: one rule for JSON, iCalendar LOCATION and the page. */
public final class EventPlace {

    private EventPlace() {
    }

    /**
     * @param event an event
     * @return {@code "Online"} for a virtual event; {@code "City, Subdivision, Country"} (country by
     *         its English name, absent parts left out) otherwise, with {@code " and online"} for a
     *         hybrid one; TWiR's raw location text when nothing was parsed; null when nothing is known
     */
    public static String display(Event event) {
        if (event.mode == Mode.VIRTUAL) {
            return "Online";
        }
        List<String> parts = new ArrayList<>();
        if (event.city != null) {
            parts.add(event.city);
        }
        if (event.subdivision != null) {
            parts.add(event.subdivision);
        }
        if (event.country != null) {
            parts.add(Countries.name(event.country));
        }
        String place = parts.isEmpty() ? event.locationRaw : String.join(", ", parts);
        if (event.mode == Mode.HYBRID && place != null && !parts.isEmpty()) {
            return place + " and online";
        }
        return place;
    }
}
