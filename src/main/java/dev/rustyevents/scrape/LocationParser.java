package dev.rustyevents.scrape;

import dev.rustyevents.vocabulary.Countries;
import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.RegionHeading;
import dev.rustyevents.vocabulary.Slugs;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every rule about TWiR's location column (era E9, 2022-03 on) in one place: how to attend (Virtual
 * / Hybrid markers) and the place, split as {@code City[, ST], CC} the way the ground truth of the
 * corpus splits it (its fields {@code mode}, {@code city}, {@code subdivision}, {@code country}),
 * with the country normalised to ISO 3166-1 alpha-2 only where that is certain. What cannot be
 * resolved is null, never guessed. The place field of the "CFP - Events" section, which spells
 * places out, has its own entry point ({@link #parseConference}).
 */
public final class LocationParser {

    /**
     * A location column, read.
     *
     * @param mode what the markers say: {@code Hybrid}, {@code Virtual and In-Person}, {@code
     *     Virtual + In Person}, a place {@code + Virtual} (either order) → hybrid; {@code Virtual},
     *     {@code Virtual (City, CC)} → virtual; a plain place → in-person; null when the column is
     *     empty
     * @param city city as written ({@code Cologne/Köln}, {@code Frankfurt (Main)}), or null
     * @param subdivision the state/province as written ({@code WA}, {@code NSW}), or null
     * @param country ISO 3166-1 alpha-2 code, or null
     */
    public record Place(Mode mode, String city, String subdivision, String country) {
        static final Place NONE = new Place(null, null, null, null);

        Place withMode(Mode newMode) {
            return new Place(newMode, city, subdivision, country);
        }
    }

    /**
     * The longest column read, in characters: 500, what the store keeps of a location ({@code
     * location_raw}); the corpus's longest is 95. A longer one is no place (its connector patterns
     * would recurse once per word and overflow the stack on a few thousand).
     */
    static final int MAX_COLUMN = 500;

    private static final Pattern MARKER =
            Pattern.compile("\\b(hybrid|virtual|in[- ]?person)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern VIRTUAL_PLUS =
            Pattern.compile("virtual\\s*\\+|\\+\\s*virtual", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONNECTORS_ONLY_PARENS =
            Pattern.compile("\\(\\s*(?:[-+:&,]|\\band\\b|\\s)*\\)");
    private static final Pattern EDGE_CONNECTORS =
            Pattern.compile("^(?:[-+:&,\\s]|\\band\\b)+|(?:[-+:&,\\s]|\\band\\b)+$");

    /** {@code MN US}: state and country without the comma (flag missing_comma_in_location). */
    private static final Pattern STATE_SPACE_COUNTRY = Pattern.compile("^([A-Z]{2,3}) ([A-Z]{2})$");

    /**
     * Word edges as lookarounds of one character, not {@code \\b}: {@code \\b} scans back over
     * every combining mark before it, which makes a search quadratic in a run of them.
     */
    private static final Pattern ONLINE_KEYWORD =
            Pattern.compile("(?i)(?<![\\p{L}\\p{N}_])(?:irc|discord|webcast)(?![\\p{L}\\p{N}_])");

    private static final Pattern PLACE_SEPARATOR = Pattern.compile("\\s*-\\s+");
    private static final Pattern PLACE_THEN_COMMA =
            Pattern.compile("^([^,]+,\\s*([A-Z]{2})),\\s+(.+)$");
    private static final Pattern SUBDIVISION_LIKE = Pattern.compile("[A-Z]{2,3}");
    private static final Pattern CODE_LIKE = Pattern.compile("[A-Z]{2,3}(?: [A-Z]{2})?");

    /**
     * The CFP section's words for attending online, which the events column writes {@code Virtual}.
     */
    private static final Pattern ONLINE_WORD = Pattern.compile("(?i)\\b(?:online|remote)\\b");

    /** A place joined to an online marker by {@code &} or {@code and}: the same as {@code +}. */
    private static final Pattern AND_VIRTUAL =
            Pattern.compile("(?i)\\s*(?:&|\\band\\b)\\s*(virtual)\\b");

    private static final Pattern VIRTUAL_AND =
            Pattern.compile("(?i)\\b(virtual)\\s*(?:&|\\band\\b)\\s*");

    /** US postal codes of the 50 states and DC. */
    private static final List<String> US_STATES =
            List.of(
                    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL",
                    "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT",
                    "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI",
                    "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC");

    /** Province and state codes of the other countries whose TWiR places carry a subdivision. */
    private static final List<String> OTHER_SUBDIVISIONS =
            List.of(
                    "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK",
                    "YT", // Canada
                    "ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"); // Australia

    /**
     * US states that TWiR sometimes writes in the country position ({@code Buffalo, NY}): only
     * those whose code is neither an ISO 3166-1 country code ({@code CA}, {@code IN}, {@code GA}
     * ...) nor a Canadian or Australian subdivision ({@code WA} is also Western Australia): for
     * these the country is certainly the US.
     */
    private static final Set<String> US_STATE_AS_COUNTRY = usStatesAsCountry();

    /**
     * Subdivisions written out, by country: the US states and DC, the Canadian provinces and
     * territories, the Australian states and territories (the countries whose codes {@link
     * #US_STATES} and {@link #OTHER_SUBDIVISIONS} list), keyed by the folded English name.
     */
    private static final Map<String, Map<String, String>> SUBDIVISION_BY_NAME =
            Map.of(
                    "US",
                            names(
                                    "AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware"
                                            + "|FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|KY Kentucky"
                                            + "|LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi"
                                            + "|MO Missouri|MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico"
                                            + "|NY New York|NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania"
                                            + "|RI Rhode Island|SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont"
                                            + "|VA Virginia|WA Washington|WV West Virginia|WI Wisconsin|WY Wyoming|DC District of Columbia"),
                    "CA",
                            names(
                                    "AB Alberta|BC British Columbia|MB Manitoba|NB New Brunswick|NL Newfoundland and Labrador"
                                            + "|NS Nova Scotia|NT Northwest Territories|NU Nunavut|ON Ontario|PE Prince Edward Island|QC Quebec"
                                            + "|SK Saskatchewan|YT Yukon"),
                    "AU",
                            names(
                                    "ACT Australian Capital Territory|NSW New South Wales|NT Northern Territory|QLD Queensland"
                                            + "|SA South Australia|TAS Tasmania|VIC Victoria|WA Western Australia"));

    private static final Map<String, String> COUNTRY_BY_NAME = countriesByName();
    private static final Map<String, String> COUNTRY_BY_ALPHA3 = countriesByAlpha3();

    private LocationParser() {}

    /**
     * @param column the location column of an event line as written, e.g. {@code Hybrid (Seattle,
     *     WA, US)}, {@code Linz, AT + Virtual}, {@code Virtual}, {@code London, UK}; null or blank
     *     allowed
     * @return mode and place; all null for an empty column or one longer than {@value #MAX_COLUMN}
     *     characters
     */
    public static Place parse(String column) {
        return parse(column, null);
    }

    /**
     * As {@link #parse(String)}, with the rule of the ground truth's {@code mode_basis} {@code
     * region_heading(no_marker_in_location)}: TWiR's online section ("Virtual", once "Online":
     * {@link RegionHeading#isOnline}) lists online events, so an entry there whose column has no
     * marker ({@code Cardiff, UK}, or an empty column) is virtual.
     *
     * @param column the location column as written, null or blank allowed
     * @param regionHeading the heading the entry stood under ({@code Virtual}, {@code Europe}), or
     *     null
     * @return mode and place; for an empty column or one longer than {@value #MAX_COLUMN}
     *     characters, only the mode the heading says
     */
    public static Place parse(String column, String regionHeading) {
        boolean underVirtual = RegionHeading.isOnline(regionHeading);
        if (column == null || column.isBlank() || column.length() > MAX_COLUMN) {
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
        if (hybrid
                || virtual && inPerson
                || virtual && VIRTUAL_PLUS.matcher(text).find() && !placeText.isEmpty()) {
            mode = Mode.HYBRID;
        } else if (virtual) {
            mode = Mode.VIRTUAL;
        } else {
            mode = underVirtual ? Mode.VIRTUAL : Mode.IN_PERSON;
        }
        return place(placeText).withMode(mode);
    }

    /**
     * The inverse of {@link #parse(String)} for a listing whose column was not kept: the column as
     * TWiR writes it now, {@code Virtual}, {@code Hybrid (Seattle, WA, US)}, {@code Virtual
     * (Berlin, DE)} or {@code Seattle, WA, US} (the place's parts joined by commas, the country as
     * its ISO code: {@code GB}, where TWiR writes {@code UK}).
     *
     * @param mode the mode, or null (written as in person)
     * @param city the city, or null
     * @param subdivision the subdivision code without country prefix, or null
     * @param country the ISO 3166-1 alpha-2 code, or null
     * @return the column; empty when neither a mode nor a place is known
     */
    public static String write(Mode mode, String city, String subdivision, String country) {
        String place =
                String.join(
                        ", ",
                        java.util.stream.Stream.of(city, subdivision, country)
                                .filter(p -> p != null && !p.isBlank())
                                .toList());
        String marker = mode == Mode.HYBRID ? "Hybrid" : mode == Mode.VIRTUAL ? "Virtual" : null;
        if (marker == null) {
            return place;
        }
        return place.isEmpty() ? marker : marker + " (" + place + ")";
    }

    /**
     * The place column of a "CFP - Events" entry (TWiR since 2024-02, "CFP - Speakers" until
     * 2024-05), which writes places in full ({@code Montreal, Quebec, Canada}, {@code Utrecht, The
     * Netherlands}, {@code Portland, Oregon, USA}) and how to attend in words of its own. On top of
     * {@link #parse(String)}: {@code online} and {@code remote} mean what {@code Virtual} means in
     * the events column, and a place joined to them by {@code &}, {@code and} or {@code +} is
     * hybrid ({@code Vienna, Austria & online}); a place written country first ({@code Online +
     * Ukraine, Kyiv}) is read the other way round when only its first part is a country; a US
     * state, Canadian province or Australian state written out becomes its code ({@code Quebec} →
     * {@code QC}, {@code Oregon} → {@code OR}).
     *
     * @param column the place field as written, null or blank allowed
     * @return mode and place; all null for an empty field or one longer than {@value #MAX_COLUMN}
     *     characters
     */
    public static Place parseConference(String column) {
        if (column == null || column.isBlank() || column.length() > MAX_COLUMN) {
            return Place.NONE;
        }
        String text = ONLINE_WORD.matcher(SourceLine.collapse(column)).replaceAll("Virtual");
        text = AND_VIRTUAL.matcher(text).replaceAll(" + $1");
        text = VIRTUAL_AND.matcher(text).replaceAll("$1 + ");
        Place read = parse(text);
        List<String> parts = Arrays.stream(placeText(text).split(",")).map(String::strip).toList();
        if (parts.size() == 2 && country(parts.get(1)) == null && country(parts.get(0)) != null) {
            read = place(parts.get(1) + ", " + parts.get(0)).withMode(read.mode());
        }
        return new Place(
                read.mode(),
                read.city(),
                subdivisionCode(read.subdivision(), read.country()),
                read.country());
    }

    /**
     * @param subdivision a subdivision as written ({@code Quebec}, {@code QC}), or null
     * @param country ISO 3166-1 alpha-2 code, or null
     * @return the code of a subdivision written out in the US, Canada or Australia; otherwise the
     *     subdivision as written
     */
    private static String subdivisionCode(String subdivision, String country) {
        if (subdivision == null || country == null || !SUBDIVISION_BY_NAME.containsKey(country)) {
            return subdivision;
        }
        return SUBDIVISION_BY_NAME.get(country).getOrDefault(fold(subdivision), subdivision);
    }

    /**
     * The mode of an entry whose text has no Virtual/Hybrid markers (the one-line eras E0 .. E8,
     * ground truth {@code mode_basis}), from its region heading or else a keyword of its text:
     * under a region heading, the heading says it (2018-06 .. 2022-02 TWiR kept online events in
     * their own "Online" section, {@link RegionHeading#isOnline}, so any other heading means
     * in-person); without a heading only an IRC, Discord or webcast meeting says it (virtual);
     * otherwise the text does not say (null).
     *
     * @param regionHeading the heading the entry stood under, or null
     * @param text the entry's text
     * @return the mode, or null when the text does not say
     */
    public static Mode modeFromHeadingOrKeyword(String regionHeading, String text) {
        if (regionHeading != null && !regionHeading.isBlank()) {
            return RegionHeading.isOnline(regionHeading) ? Mode.VIRTUAL : Mode.IN_PERSON;
        }
        return text != null && ONLINE_KEYWORD.matcher(text).find() ? Mode.VIRTUAL : null;
    }

    /** A place at the start of a one-line entry, and the text after it. */
    public record LeadingPlace(String location, String rest) {}

    /**
     * The place segment that starts the text of a one-line entry after its date (2018-02 ..
     * 2021-11: {@code London, GB - Title}, {@code Brno, CZ, Title}, {@code Delhi, IN- Title}). A
     * segment is a place when it is {@code City[, ST], CC} with a country code or an English
     * country name last; with {@code singlePart}, also a country alone or {@code Online} (2020-11
     * .. 2021-11 write {@code Malaysia - Title}, {@code Online - Title}). Anything else is no place
     * ({@code Rust Dev in Mountain View - Open Table}: the ground truth's {@code
     * no_location_segment}).
     *
     * @param text the entry's text after the date and its separator
     * @param singlePart whether a lone country or {@code Online} counts as a place
     * @return the place and the rest, or empty when the text starts with no place
     */
    public static Optional<LeadingPlace> leadingPlace(String text, boolean singlePart) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher dash = PLACE_SEPARATOR.matcher(text);
        if (dash.find()) {
            String candidate = text.substring(0, dash.start()).strip();
            if (isPlace(candidate, singlePart)) {
                return Optional.of(new LeadingPlace(candidate, text.substring(dash.end()).strip()));
            }
        }
        Matcher comma = PLACE_THEN_COMMA.matcher(text);
        if (comma.matches() && Countries.isCode(comma.group(2))) {
            return Optional.of(new LeadingPlace(comma.group(1).strip(), comma.group(3).strip()));
        }
        return Optional.empty();
    }

    private static boolean isPlace(String candidate, boolean singlePart) {
        List<String> parts = Arrays.stream(candidate.split(",", -1)).map(String::strip).toList();
        if (parts.stream().anyMatch(String::isEmpty) || candidate.contains(":")) {
            return false;
        }
        if (parts.size() == 1) {
            return singlePart
                    && (candidate.equalsIgnoreCase("online") || country(candidate) != null);
        }
        String last = parts.get(parts.size() - 1);
        return parts.size() <= 3 && (CODE_LIKE.matcher(last).matches() || country(last) != null);
    }

    /**
     * The column without its mode markers: {@code Hybrid - Virtual and In-Person (Vienna, AT)} →
     * {@code Vienna, AT}.
     */
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
        if (text.isEmpty()
                || text.contains(";")
                || text.contains("+")
                || severalPlacesBySlash(text)) {
            return Place.NONE;
        }
        List<String> parts =
                Arrays.stream(text.split(","))
                        .map(String::strip)
                        .filter(p -> !p.isEmpty())
                        .toList();
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
            case 2:
                {
                    String token = parts.get(1);
                    if (US_STATE_AS_COUNTRY.contains(token)) {
                        return new Place(null, parts.get(0), token, "US");
                    }
                    String country = country(token);
                    if (country == null && SUBDIVISION_LIKE.matcher(token).matches()) {
                        // "Brisbane City, QL", "São Paulo, SP", "Cardiff, WLS": a subdivision
                        // where the country belongs; the gazetteer gives the country (ingest)
                        return new Place(null, parts.get(0), token, null);
                    }
                    return new Place(null, parts.get(0), null, country);
                }
            case 3:
                return new Place(null, parts.get(0), parts.get(1), country(parts.get(2)));
            default:
                return Place.NONE;
        }
    }

    /**
     * {@code Nairobi, KE / New York, NY, US}: two slash-separated parts that each carry a comma.
     */
    private static boolean severalPlacesBySlash(String text) {
        return Arrays.stream(text.split("/")).filter(part -> part.contains(",")).count() >= 2;
    }

    /**
     * Normalises a country as TWiR writes it to ISO 3166-1 alpha-2. Certain fixes only: an assigned
     * code in any case ({@code DE}, {@code Dk} → {@code DK}); TWiR's {@code UK} → {@code GB}; an
     * ISO alpha-3 code ({@code AUS} → {@code AU}); an English country name as the JDK spells it
     * ({@code Malaysia} → {@code MY}), also after {@code The} ({@code The Netherlands} → {@code
     * NL}).
     *
     * @param token the last comma part of a place
     * @return the code, or null when the token is none of these ({@code QL}, {@code SP}, {@code
     *     EMEA})
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
        return COUNTRY_BY_NAME.get(t.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", ""));
    }

    private static Set<String> usStatesAsCountry() {
        Set<String> set = new HashSet<>(US_STATES);
        set.removeIf(Countries::isCode);
        set.removeAll(OTHER_SUBDIVISIONS);
        return Set.copyOf(set);
    }

    /**
     * @param table {@code CODE Name|CODE Name|...}
     */
    private static Map<String, String> names(String table) {
        Map<String, String> map = new HashMap<>();
        for (String entry : table.split("\\|")) {
            int space = entry.indexOf(' ');
            map.put(fold(entry.substring(space + 1)), entry.substring(0, space));
        }
        return Map.copyOf(map);
    }

    private static String fold(String name) {
        return Slugs.fold(SourceLine.collapse(name));
    }

    private static Map<String, String> countriesByName() {
        Map<String, String> map = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            map.put(
                    new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT),
                    code);
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
