package dev.rustyevents.event;

import dev.rustyevents.vocabulary.Countries;
import dev.rustyevents.vocabulary.Mode;
import java.util.ArrayList;
import java.util.List;

/**
 * How an event's place is written for people: one rule for JSON, iCalendar LOCATION and the page.
 */
public final class EventPlace {

    private EventPlace() {}

    /**
     * @param event an event
     * @return {@code "Online"} for a virtual event; {@code "City, Subdivision, Country"} (the city
     *     by its gazetteer name when the place is resolved, "Munich" for TWiR's "München"; country
     *     by its English name, absent parts left out) otherwise, with {@code " and online"} for a
     *     hybrid one; TWiR's raw location text when nothing was parsed; null when nothing is known
     */
    public static String display(Event event) {
        String city = event.placeName != null ? event.placeName : event.city;
        return display(event.mode, city, event.subdivision, event.country, event.locationRaw);
    }

    /**
     * @return the place of a call for proposals' conference, by the rule of {@link #display(Event)}
     */
    public static String display(CallForProposals call) {
        return display(call.mode, call.city, call.subdivision, call.country, call.locationRaw);
    }

    /**
     * @param mode attendance mode, or null
     * @param city city name, or null
     * @param subdivision ISO 3166-2 subdivision without the country prefix, or null
     * @param country ISO 3166-1 alpha-2 code, or null
     * @param locationRaw TWiR's location text, or null
     * @return the place by the rule of {@link #display(Event)}, for places held elsewhere (a
     *     listing as parsed, a group's home)
     */
    public static String display(
            Mode mode, String city, String subdivision, String country, String locationRaw) {
        if (mode == Mode.VIRTUAL) {
            return "Online";
        }
        List<String> parts = new ArrayList<>();
        if (city != null) {
            parts.add(city);
        }
        if (subdivision != null) {
            parts.add(subdivision);
        }
        if (country != null) {
            parts.add(Countries.name(country));
        }
        String place = parts.isEmpty() ? locationRaw : String.join(", ", parts);
        if (mode == Mode.HYBRID && place != null && !parts.isEmpty()) {
            return place + " and online";
        }
        return place;
    }
}
