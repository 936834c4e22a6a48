package dev.rustyevents.http;

import dev.rustyevents.event.EventFilter;
import dev.rustyevents.vocabulary.Countries;
import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.Region;
import dev.rustyevents.vocabulary.Slugs;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The event filter as query parameters, shared by {@code /api/events} and the iCalendar feeds so
 * the same query selects the same events. Every value is checked; a bad one becomes a 400 problem
 * naming the parameter.
 */
public class FilterParams {

    /**
     * The filter's query parameters, in the order canonical URLs write them: the one list for the
     * API's, the feeds' and the pages' canonical queries (each adds its own parameters).
     */
    public static final List<String> NAMES =
            List.of(
                    "region",
                    "country",
                    "subdivision",
                    "city",
                    "mode",
                    "group",
                    "q",
                    "from",
                    "to",
                    "near",
                    "radius");

    static final int MAX_TEXT = 200;
    private static final java.util.regex.Pattern SUBDIVISION =
            java.util.regex.Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

    /** First day, ISO 8601 date; default today (UTC). */
    @QueryParam("from")
    String from;

    /** Last day, ISO 8601 date, inclusive; default none. */
    @QueryParam("to")
    String to;

    @QueryParam("region")
    List<String> region;

    @QueryParam("country")
    List<String> country;

    /** ISO 3166-2 subdivision codes with their country prefix ({@code US-WA}). */
    @QueryParam("subdivision")
    List<String> subdivision;

    @QueryParam("city")
    List<String> city;

    @QueryParam("mode")
    List<String> mode;

    @QueryParam("group")
    List<String> group;

    @QueryParam("q")
    String q;

    /**
     * {@code lat,lon} in decimal degrees, or a place name ({@code Berlin}, {@code Portland,US-OR}).
     */
    @QueryParam("near")
    String near;

    /** Kilometres around {@code near}, 1–5000; default 100. */
    @QueryParam("radius")
    String radius;

    /**
     * @param clock the clock that says what "today" is (UTC)
     * @return the filter the parameters describe; {@code from} defaults to today
     * @throws ProblemException (400) for a malformed date, {@code from} after {@code to}, an
     *     unknown region, mode, country or subdivision code, or an overlong text
     */
    public EventFilter toFilter(Clock clock) {
        return toFilter(LocalDate.now(clock));
    }

    /**
     * @param defaultFrom the first day when the request gives no {@code from}
     * @return the filter the parameters describe
     * @throws ProblemException (400) as {@link #toFilter(Clock)}
     */
    public EventFilter toFilter(LocalDate defaultFrom) {
        LocalDate fromDate = from == null || from.isBlank() ? defaultFrom : date("from", from);
        LocalDate toDate = to == null || to.isBlank() ? null : date("to", to);
        if (toDate != null && fromDate != null && toDate.isBefore(fromDate)) {
            throw ProblemException.badParameter(
                    "to", "'to' (" + toDate + ") is before 'from' (" + fromDate + ")");
        }
        Set<Region> regions = regions(region);
        Set<Mode> modes = new LinkedHashSet<>();
        for (String m : values(mode)) {
            modes.add(
                    Mode.fromCode(m)
                            .orElseThrow(
                                    () ->
                                            ProblemException.badParameter(
                                                    "mode",
                                                    "unknown mode '"
                                                            + ProblemException.echo(m)
                                                            + "'",
                                                    Arrays.stream(Mode.values())
                                                            .map(Mode::code)
                                                            .toList())));
        }
        Set<String> countries = countries(country);
        Set<String> subdivisionCodes = new LinkedHashSet<>();
        for (String s : values(subdivision)) {
            String code = s.toUpperCase(Locale.ROOT);
            if (!SUBDIVISION.matcher(code).matches() || !Countries.isCode(code.substring(0, 2))) {
                throw ProblemException.badParameter(
                        "subdivision",
                        "'"
                                + ProblemException.echo(s)
                                + "' is not an ISO 3166-2 subdivision code (country code, hyphen, 1-3 letters or digits: US-WA, DE-BE)");
            }
            subdivisionCodes.add(code);
        }
        Set<String> cities = new LinkedHashSet<>();
        for (String c : texts("city", city)) {
            cities.add(c.toLowerCase(Locale.ROOT));
        }
        Set<String> groupSlugs = new LinkedHashSet<>();
        for (String g : texts("group", group)) {
            groupSlugs.add(Slugs.of(g));
        }
        String text = text(q);
        return EventFilter.builder()
                .from(fromDate)
                .to(toDate)
                .regions(regions)
                .countries(countries)
                .subdivisionCodes(subdivisionCodes)
                .cities(cities)
                .modes(modes)
                .groupSlugs(groupSlugs)
                .text(text)
                .near(NearParam.point(near, radius), NearParam.radiusKm(near, radius))
                .nearName(near == null || near.isBlank() ? null : near.strip())
                .build();
    }

    /**
     * @param raw {@code region} values, repeated or comma-separated
     * @return the regions
     * @throws ProblemException 400 listing the region codes for an unknown one
     */
    public static Set<Region> regions(List<String> raw) {
        Set<Region> regions = new LinkedHashSet<>();
        for (String r : values(raw)) {
            regions.add(
                    Region.fromCode(r)
                            .orElseThrow(
                                    () ->
                                            ProblemException.badParameter(
                                                    "region",
                                                    "unknown region '"
                                                            + ProblemException.echo(r)
                                                            + "'",
                                                    Arrays.stream(Region.values())
                                                            .map(Region::code)
                                                            .toList())));
        }
        return regions;
    }

    /**
     * @param raw {@code country} values, repeated or comma-separated, any case
     * @return ISO 3166-1 alpha-2 codes, upper case
     * @throws ProblemException 400 for a value that is not an assigned code (saying so for TWiR's
     *     {@code UK})
     */
    public static Set<String> countries(List<String> raw) {
        Set<String> countries = new LinkedHashSet<>();
        for (String c : values(raw)) {
            if (!Countries.isCode(c)) {
                throw ProblemException.badParameter(
                        "country",
                        "'"
                                + ProblemException.echo(c)
                                + "' is not an ISO 3166-1 alpha-2 country code"
                                + ("UK".equalsIgnoreCase(c) ? " (the United Kingdom is GB)" : ""));
            }
            countries.add(c.toUpperCase(Locale.ROOT));
        }
        return countries;
    }

    /**
     * @param q the {@code q} parameter
     * @return it stripped, or null when blank
     * @throws ProblemException 400 when longer than {@value #MAX_TEXT} characters, or holding a
     *     control character or invalid UTF-8
     */
    public static String text(String q) {
        return q == null || q.isBlank() ? null : checkLength("q", plain("q", q).strip());
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(
                    name,
                    "'" + ProblemException.echo(value) + "' is not an ISO 8601 date (YYYY-MM-DD)");
        }
    }

    private static String checkLength(String name, String value) {
        if (value.length() > MAX_TEXT) {
            throw ProblemException.badParameter(name, "longer than " + MAX_TEXT + " characters");
        }
        return value;
    }

    /**
     * Free text is words to match, so a control character anywhere in it (NUL, CR, LF: nothing a
     * name or a search holds, and what header or log injection needs) is refused, and so is U+FFFD,
     * which is what percent-encoded bytes that are not UTF-8 decode to.
     */
    private static String plain(String name, String value) {
        if (value.chars().anyMatch(c -> Character.isISOControl(c) || c == '\uFFFD')) {
            throw ProblemException.badParameter(
                    name, "holds a control character or bytes that are not UTF-8");
        }
        return value;
    }

    /**
     * Free-text values (city and group names may hold commas, so only repetition separates them).
     */
    private static List<String> texts(String name, List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream()
                .map(v -> plain(name, v).strip())
                .filter(v -> !v.isEmpty())
                .map(v -> checkLength(name, v))
                .toList();
    }

    /**
     * Repeated parameters and comma-separated lists both work: {@code mode=virtual&mode=hybrid},
     * {@code mode=virtual,hybrid}.
     */
    private static List<String> values(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }
}
