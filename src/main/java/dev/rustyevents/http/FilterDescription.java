package dev.rustyevents.http;

import dev.rustyevents.event.EventFilter;
import dev.rustyevents.vocabulary.Countries;
import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a filter selects, in words: the one rule behind a feed's calendar name and description (RFC
 * 7986 §5.1 NAME and X-WR-CALNAME, §5.2 DESCRIPTION and X-WR-CALDESC), the Atom feed's title, the
 * main page's {@code <title>} and the embed's heading, so two subscriptions to different filters
 * never look alike in a calendar app or a feed reader.
 *
 * <p>The name is short: {@code Rust events in Germany}, {@code Virtual Rust events}, {@code Rust
 * events in Europe · in person}, {@code Rust events of Rust Berlin}, {@code Rust events matching
 * “async”}, {@code Rust events in Europe matching “async” · in person}, {@code Rust events in
 * Berlin · from 2026-09-01 to 2026-09-30}, {@code Rust events within 50 km of Berlin} (the {@code
 * near} parameter as the request wrote it). Modes read as how one can attend: a set of one mode and
 * {@code hybrid} is named after that mode ({@code virtual,hybrid} → "Virtual", {@code
 * in-person,hybrid} → "in person"), a single mode adds "only" ({@code virtual} → "Virtual-only").
 * The description spells the modes out ("Virtual and hybrid") and ends with "listed in This Week in
 * Rust".
 */
public final class FilterDescription {

    private static final String LISTED = "listed in This Week in Rust";

    /**
     * Between a name's parts. Not a comma: X-WR-CALNAME is TEXT (RFC 5545 §3.3.11), whose comma is
     * written {@code \,}, and ical.js (Thunderbird's parser) hands an X- property's value on
     * unescaped, so a comma would show as {@code \,}; the middle dot reads the same everywhere, as
     * in the events' SUMMARY.
     */
    static final String SEPARATOR = " · ";

    private FilterDescription() {}

    /**
     * @param filter the filter (places, modes, groups, text and window are described; statuses,
     *     {@code cancelledSince} and {@code updatedSince} are not)
     * @param defaultFrom the first day the feed or page starts on when the request gives none: a
     *     {@code from} equal to it is not mentioned; null to mention any {@code from}
     * @param groupNames group slug → the group's name as TWiR writes it (the store), empty for an
     *     unknown slug, which is then written as given
     * @return the filter's name ("Rust events in Germany") and description ("Rust community events
     *     in Germany, listed in This Week in Rust")
     */
    public static FeedSpec of(
            EventFilter filter,
            LocalDate defaultFrom,
            Function<String, Optional<String>> groupNames) {
        Set<Mode> modes = filter.modes();
        boolean allModes = modes.isEmpty() || modes.size() == Mode.values().length;
        StringBuilder clauses = new StringBuilder();
        if (!filter.groupSlugs().isEmpty()) {
            clauses.append(" of ")
                    .append(
                            or(
                                    filter.groupSlugs().stream()
                                            .sorted()
                                            .map(s -> groupNames.apply(s).orElse(s))
                                            .toList()));
        }
        List<String> places = places(filter);
        if (!places.isEmpty()) {
            clauses.append(" in ").append(or(places));
        }
        if (filter.near() != null) {
            clauses.append(" within ")
                    .append(distance(filter.radiusKm()))
                    .append(" km of ")
                    .append(
                            filter.nearName() == null
                                    ? filter.near().latitude() + "," + filter.near().longitude()
                                    : filter.nearName());
        }
        String window = window(filter, defaultFrom);
        String text = filter.text() == null ? "" : " matching “" + filter.text() + "”";

        String prefix = allModes ? "" : namePrefix(modes);
        String suffix = allModes ? "" : nameSuffix(modes);
        String name =
                (prefix.isEmpty() ? "Rust events" : prefix + " Rust events")
                        + clauses
                        + text
                        + (suffix.isEmpty() ? "" : SEPARATOR + suffix)
                        + (window.isEmpty() ? "" : SEPARATOR + window);

        String modePhrase = allModes ? "" : modePhrase(modes);
        String description =
                (modePhrase.isEmpty()
                                ? "Rust community events"
                                : modePhrase + " Rust community events")
                        + clauses
                        + text
                        + (window.isEmpty() ? "" : ", " + window)
                        + (clauses.isEmpty() && text.isEmpty() && window.isEmpty() ? " " : ", ")
                        + LISTED;
        return new FeedSpec(name, description);
    }

    /** A radius as people write it: {@code 50}, {@code 12.5}. */
    private static String distance(double km) {
        return km == Math.rint(km) ? Long.toString((long) km) : Double.toString(km);
    }

    /** The modes as a name's prefix: "Virtual", "Virtual-only", "Hybrid"; empty for in person. */
    private static String namePrefix(Set<Mode> modes) {
        if (modes.contains(Mode.IN_PERSON)) {
            return "";
        }
        if (modes.equals(Set.of(Mode.HYBRID))) {
            return "Hybrid";
        }
        return modes.contains(Mode.HYBRID) ? "Virtual" : "Virtual-only";
    }

    /** The modes as a name's suffix: "in person", "in person only", "in person or virtual only". */
    private static String nameSuffix(Set<Mode> modes) {
        if (!modes.contains(Mode.IN_PERSON)) {
            return "";
        }
        if (modes.contains(Mode.VIRTUAL)) {
            return "in person or virtual only";
        }
        return modes.contains(Mode.HYBRID) ? "in person" : "in person only";
    }

    /** Every mode spelled out, in {@link Mode}'s order: "In-person and hybrid". */
    private static String modePhrase(Set<Mode> modes) {
        List<String> words =
                Arrays.stream(Mode.values())
                        .filter(modes::contains)
                        .map(m -> m == Mode.IN_PERSON ? "in-person" : m.code())
                        .toList();
        String phrase = String.join(" and ", words);
        return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }

    /**
     * Cities (title-cased: filters hold them in lower case), subdivision codes, countries (English
     * names, {@link Countries#name}) and regions (TWiR's headings, {@link Region#heading()}), each
     * kind sorted.
     */
    private static List<String> places(EventFilter filter) {
        List<String> places = new ArrayList<>();
        filter.cities().stream().sorted().map(FilterDescription::titleCase).forEach(places::add);
        filter.subdivisionCodes().stream().sorted().forEach(places::add);
        filter.countries().stream().map(Countries::name).sorted().forEach(places::add);
        filter.regions().stream().sorted().map(Region::heading).forEach(places::add);
        return places;
    }

    /** "from 2026-09-01 to 2026-09-30", "from 2026-09-01", "until 2026-09-30" (ISO 8601 days). */
    private static String window(EventFilter filter, LocalDate defaultFrom) {
        LocalDate from =
                filter.from() != null && filter.from().equals(defaultFrom) ? null : filter.from();
        if (from != null && filter.to() != null) {
            return "from " + from + " to " + filter.to();
        }
        if (from != null) {
            return "from " + from;
        }
        return filter.to() != null ? "until " + filter.to() : "";
    }

    private static String or(List<String> values) {
        return String.join(" or ", values);
    }

    private static String titleCase(String city) {
        StringBuilder out = new StringBuilder(city.length());
        boolean start = true;
        for (int i = 0; i < city.length(); i++) {
            char c = city.charAt(i);
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }
}
