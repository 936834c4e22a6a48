package dev.rustyevents.scrape;

import dev.rustyevents.event.Countries;
import dev.rustyevents.event.Mode;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every rule about TWiR's location column (era E9, 2022-03 on) in one place: how to attend
 * (Virtual / Hybrid markers) and the place, split as {@code City[, ST], CC} the way the ground
 * truth of the corpus splits it (TRUTH-FORMAT.md, fields {@code mode}, {@code city},
 * {@code subdivision}, {@code country}), with the country normalised to ISO 3166-1 alpha-2 only
 * where that is certain. What cannot be resolved is null, never guessed.
 */
public final class LocationParser {

    /**
     * A location column, read.
     *
     * @param mode        what the markers say: {@code Hybrid}, {@code Virtual and In-Person},
     *                    {@code Virtual + In Person}, a place {@code + Virtual} (either order) →
     *                    hybrid; {@code Virtual}, {@code Virtual (City, CC)} → virtual; a plain
     *                    place → in-person; null when the column is empty
     * @param city        city as written ({@code Cologne/Köln}, {@code Frankfurt (Main)}), or null
     * @param subdivision the state/province as written ({@code WA}, {@code NSW}), or null
     * @param country     ISO 3166-1 alpha-2 code, or null
     */
    public record Place(Mode mode, String city, String subdivision, String country) {
        static final Place NONE = new Place(null, null, null, null);

        Place withMode(Mode newMode) {
            return new Place(newMode, city, subdivision, country);
        }
    }

    private static final Pattern MARKER = Pattern.compile("\\b(hybrid|virtual|in[- ]?person)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern VIRTUAL_PLUS = Pattern.compile("virtual\\s*\\+|\\+\\s*virtual", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONNECTORS_ONLY_PARENS = Pattern.compile("\\(\\s*(?:[-+:&,]|\\band\\b|\\s)*\\)");
    private static final Pattern EDGE_CONNECTORS = Pattern.compile("^(?:[-+:&,\\s]|\\band\\b)+|(?:[-+:&,\\s]|\\band\\b)+$");
    /** {@code MN US}: state and country without the comma (flag missing_comma_in_location). */
    private static final Pattern STATE_SPACE_COUNTRY = Pattern.compile("^([A-Z]{2,3}) ([A-Z]{2})$");

    /** US postal codes of the 50 states and DC. */
    private static final List<String> US_STATES = List.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
            "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
            "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC");
    /** Province and state codes of the other countries whose TWiR places carry a subdivision. */
    private static final List<String> OTHER_SUBDIVISIONS = List.of(
            "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT", // Canada
            "ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA");                          // Australia
    /**
     * US states that TWiR sometimes writes in the country position ({@code Buffalo, NY}): only those
     * whose code is neither an ISO 3166-1 country code ({@code CA}, {@code IN}, {@code GA} ...) nor
     * a Canadian or Australian subdivision ({@code WA} is also Western Australia): for these the
     * country is certainly the US.
     */
    private static final Set<String> US_STATE_AS_COUNTRY = usStatesAsCountry();
    private static final Map<String, String> COUNTRY_BY_NAME = countriesByName();
    private static final Map<String, String> COUNTRY_BY_ALPHA3 = countriesByAlpha3();

    private LocationParser() {
    }

    /**
     * @param column the location column of an event line as written, e.g. {@code Hybrid (Seattle, WA, US)},
     *               {@code Linz, AT + Virtual}, {@code Virtual}, {@code London, UK}; null or blank allowed
     * @return mode and place; all null for an empty column
     */
    public static Place parse(String column) {
        return parse(column, null);
    }

    /**
     * As {@link #parse(String)}, with the rule of the ground truth's {@code mode_basis}
     * {@code region_heading(no_marker_in_location)}: TWiR's "Virtual" section lists online events,
     * so an entry there whose column has no marker ({@code Cardiff, UK}, or an empty column) is
     * virtual.
     *
     * @param column        the location column as written, null or blank allowed
     * @param regionHeading the heading the entry stood under ({@code Virtual}, {@code Europe}), or null
     * @return mode and place
     */
    public static Place parse(String column, String regionHeading) {
        boolean underVirtual = regionHeading != null
                && regionHeading.strip().replaceAll(":$", "").equalsIgnoreCase("virtual");
        if (column == null || column.isBlank()) {
            return underVirtual ? Place.NONE.withMode(Mode.VIRTUAL) : Place.NONE;
        }
        String text = SourceLine.collapse(column);
        boolean hybrid = false;
        boolean virtual = false;
        boolean inPerson = false;
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            hybrid |= word.equals("hybrid");
            virtual |= word.equals("virtual");
            inPerson |= word.startsWith("in");
        }
        String placeText = placeText(text);
        Mode mode;
        if (hybrid || virtual && inPerson || virtual && VIRTUAL_PLUS.matcher(text).find() && !placeText.isEmpty()) {
            mode = Mode.HYBRID;
        } else if (virtual) {
            mode = Mode.VIRTUAL;
        } else {
            mode = underVirtual ? Mode.VIRTUAL : Mode.IN_PERSON;
        }
        return place(placeText).withMode(mode);
    }

    /** The column without its mode markers: {@code Hybrid - Virtual and In-Person (Vienna, AT)} → {@code Vienna, AT}. */
    private static String placeText(String column) {
        String s = MARKER.matcher(column).replaceAll(" ");
        s = CONNECTORS_ONLY_PARENS.matcher(s).replaceAll(" ");
        s = EDGE_CONNECTORS.matcher(s.strip()).replaceAll("");
        s = SourceLine.collapse(s);
        if (s.startsWith("(") && s.endsWith(")") && s.indexOf(')') == s.length() - 1) {
            s = SourceLine.collapse(s.substring(1, s.length() - 1));
        }
        return s;
    }

    /** Splits {@code City[, ST], CC}; several places or an unreadable shape give nulls. */
    private static Place place(String text) {
        if (text.isEmpty() || text.contains(";") || text.contains("+") || severalPlacesBySlash(text)) {
            return Place.NONE;
        }
        List<String> parts = Arrays.stream(text.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        if (parts.size() >= 2) {
            Matcher stateCountry = STATE_SPACE_COUNTRY.matcher(parts.get(parts.size() - 1));
            if (stateCountry.matches() && Countries.isCode(stateCountry.group(2))) {
                List<String> fixed = new java.util.ArrayList<>(parts.subList(0, parts.size() - 1));
                fixed.add(stateCountry.group(1));
                fixed.add(stateCountry.group(2));
                parts = fixed;
            }
        }
        switch (parts.size()) {
            case 1:
                return new Place(null, null, null, country(parts.get(0)));
            case 2: {
                String token = parts.get(1);
                if (US_STATE_AS_COUNTRY.contains(token)) {
                    return new Place(null, parts.get(0), token, "US");
                }
                return new Place(null, parts.get(0), null, country(token));
            }
            case 3:
                return new Place(null, parts.get(0), parts.get(1), country(parts.get(2)));
            default:
                return Place.NONE;
        }
    }

    /** {@code Nairobi, KE / New York, NY, US}: two slash-separated parts that each carry a comma. */
    private static boolean severalPlacesBySlash(String text) {
        return Arrays.stream(text.split("/")).filter(part -> part.contains(",")).count() >= 2;
    }

    /**
     * Normalises a country as TWiR writes it to ISO 3166-1 alpha-2. Certain fixes only:
     * an assigned code in any case ({@code DE}, {@code Dk} → {@code DK}); TWiR's {@code UK} →
     * {@code GB}; an ISO alpha-3 code ({@code AUS} → {@code AU}); an English country name as the
     * JDK spells it ({@code Malaysia} → {@code MY}).
     *
     * @param token the last comma part of a place
     * @return the code, or null when the token is none of these ({@code QL}, {@code SP}, {@code EMEA})
     */
    public static String country(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        String t = token.strip();
        String upper = t.toUpperCase(Locale.ROOT);
        if (upper.equals("UK")) {
            return "GB";
        }
        if (upper.length() == 2 && Countries.isCode(upper)) {
            return upper;
        }
        if (upper.length() == 3 && COUNTRY_BY_ALPHA3.containsKey(upper)) {
            return COUNTRY_BY_ALPHA3.get(upper);
        }
        return COUNTRY_BY_NAME.get(t.toLowerCase(Locale.ROOT));
    }

    private static Set<String> usStatesAsCountry() {
        Set<String> set = new HashSet<>(US_STATES);
        set.removeIf(Countries::isCode);
        set.removeAll(OTHER_SUBDIVISIONS);
        return Set.copyOf(set);
    }

    private static Map<String, String> countriesByName() {
        Map<String, String> map = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            map.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        return Map.copyOf(map);
    }

    private static Map<String, String> countriesByAlpha3() {
        Map<String, String> map = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            try {
                map.put(new Locale("", code).getISO3Country(), code);
            } catch (MissingResourceException e) {
                // no alpha-3 code known for this country: nothing to map
            }
        }
        return Map.copyOf(map);
    }
}
