package dev.rustyevents.scrape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Compares what {@link UpcomingEventsParser} reads from a corpus page with the page's ground-truth
 * file ({@code truth/<key>.json}, fields as {@code docs/formats.md} describes them), listing by
 * listing in page order, and keeps the tallies. The one place where allowed differences are listed:
 * {@link #ALLOWED_BY_FLAG} (the truth record carries a flag that explains the difference) and
 * {@link #TRUTH_ERRATA} (the truth's own extraction is visibly wrong and carries no flag).
 */
final class TruthComparator {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The fields compared: truth field name → the listing's value as the truth writes it. */
    static final Map<String, Function<Listing, String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("section_heading", Listing::regionHeading);
        FIELDS.put("start_date", l -> str(l.startDate()));
        FIELDS.put("end_date", l -> str(l.endDate()));
        FIELDS.put("mode", l -> l.mode() == null ? null : l.mode().code());
        FIELDS.put("city", Listing::city);
        FIELDS.put("subdivision", Listing::subdivision);
        // the country as the ingest stores it: TWiR's, or the gazetteer's when TWiR's column held a
        // subdivision ("Brisbane City, QL" -> AU)
        FIELDS.put("country", dev.rustyevents.ingest.ListingPlaces::country);
        FIELDS.put("group_name", Listing::groupName);
        FIELDS.put("group_url", Listing::groupUrl);
        FIELDS.put("title", Listing::title);
        FIELDS.put("event_url", Listing::eventUrl);
        FIELDS.put("year_inferred", l -> String.valueOf(l.yearInferred()));
    }

    /** Why a truth flag lets fields differ. */
    record Allowance(Set<String> fields, String why) {}

    /**
     * Flag (prefix of a truth {@code flags} entry) → the fields that may differ, and why. The
     * truth's {@code UK} is no difference at all: it is compared as {@code GB} (flag {@code
     * country_UK_not_iso(GB)}), see {@link #expected}.
     */
    static final Map<String, Allowance> ALLOWED_BY_FLAG =
            Map.ofEntries(
                    // "Buffalo, NY": the truth keeps NY as the country; we read country US,
                    // subdivision NY
                    // (a US state code that is no country code nor a CA/AU subdivision:
                    // LocationParser).
                    Map.entry(
                            "country_code_not_iso3166:NY",
                            new Allowance(
                                    Set.of("country", "subdivision"),
                                    "US state as country -> US + state")),
                    Map.entry(
                            "country_code_not_iso3166:OR",
                            new Allowance(
                                    Set.of("country", "subdivision"),
                                    "US state as country -> US + state")),
                    Map.entry(
                            "country_code_not_iso3166:UT",
                            new Allowance(
                                    Set.of("country", "subdivision"),
                                    "US state as country -> US + state")),
                    Map.entry(
                            "country_code_not_iso3166:TX",
                            new Allowance(
                                    Set.of("country", "subdivision"),
                                    "US state as country -> US + state")),
                    Map.entry(
                            "country_code_not_iso3166:FL",
                            new Allowance(
                                    Set.of("country", "subdivision"),
                                    "US state as country -> US + state")),
                    // "São Paulo, SP", "Brisbane City, QL": no country code and not certainly a US
                    // state
                    // (SP may be the Brazilian state or Spain; QL is a mis-spelt QLD): we give
                    // null.
                    // "Seattle, WA" (WA is also Western Australia), "Vancouver, BC" (a province, no
                    // country
                    // written): not certain, we give null.
                    // "Melbourne, AUS": ISO alpha-3 code, mapped to AU.
                    // "Bergen, No", "…, Dk": an assigned code in lower case, upper-cased.
                    // "Hybrid (Kuala Lumpur, Malaysia)": English country name, mapped to MY.
                    // "Chennai, India", "Vilnius, Lithuania" (2018): English country names, mapped
                    // to IN, LT.
                    // "Future<Output = Rust>" in the Markdown is a raw tag in the HTML: the browser
                    // shows
                    // "Future"; we read what the page shows.
                    Map.entry(
                            "angle_brackets_pass_through_as_raw_html(hidden_in_browser)",
                            new Allowance(
                                    Set.of("title"), "raw tag hidden in the page: visible text")),
                    // "Virtual (Joint Meetup, Europe + Israel)": several places joined by '+', so
                    // no place (null).
                    Map.entry(
                            "country_code_not_iso3166:QL",
                            new Allowance(
                                    Set.of("subdivision"),
                                    "a subdivision where the country belongs: read as the subdivision, the country from the gazetteer")),
                    Map.entry(
                            "country_code_not_iso3166:SP",
                            new Allowance(
                                    Set.of("subdivision"),
                                    "a subdivision where the country belongs: read as the subdivision, the country from the gazetteer")),
                    Map.entry(
                            "country_code_not_iso3166:WLS",
                            new Allowance(
                                    Set.of("subdivision"),
                                    "a subdivision where the country belongs: read as the subdivision, the country from the gazetteer")),
                    Map.entry(
                            "country_code_not_iso3166:BC",
                            new Allowance(
                                    Set.of("subdivision"),
                                    "a subdivision where the country belongs: read as the subdivision, the country from the gazetteer")),
                    Map.entry(
                            "country_code_not_iso3166:WA",
                            new Allowance(
                                    Set.of("subdivision"),
                                    "a subdivision where the country belongs: read as the subdivision, the country from the gazetteer")),
                    Map.entry(
                            "country_written_as_name:Europe + Israel",
                            new Allowance(Set.of("city", "country"), "several places: null")),
                    // "Praha, CZ - Virtual + In-person": the truth takes the marker as part of the
                    // country and
                    // reads in-person; we read the marker: hybrid, country CZ.
                    Map.entry(
                            "country_written_as_name:CZ - Virtual + In-person",
                            new Allowance(
                                    Set.of("mode", "country"),
                                    "marker after the place -> hybrid, CZ")),
                    // "Virtual (Italy)", "Virtual (Israel)", "Virtual (Malaysia)": the truth leaves
                    // a single
                    // part unresolved; a country name is certain, we map it (IT, IL, MY).
                    Map.entry(
                            "single_part_location(unresolved)",
                            new Allowance(Set.of("country"), "country name alone -> code")),
                    // "[Euro Rust](eurorust)": a relative href; the brief asks for absUrl against
                    // the issue URL.
                    Map.entry(
                            "group_url_without_scheme(relative_href_in_html)",
                            new Allowance(
                                    Set.of("group_url"),
                                    "relative href resolved against the issue URL")));

    /**
     * A visible defect of the truth's extraction, with no flag: which records, which fields, why.
     */
    record Erratum(Pattern locationRaw, Set<String> fields, String why) {}

    static final List<Erratum> TRUTH_ERRATA =
            List.of(
                    // "Hybrid - Vancouver, BC, CA": the truth keeps "Hybrid - " in the city and
                    // reads in-person.
                    new Erratum(
                            Pattern.compile("^Hybrid\\s*-\\s+[^(]*$"),
                            Set.of("mode", "city"),
                            "'Hybrid - Place': truth city keeps the marker, mode in-person; we read hybrid"),
                    // "Virtual + Wellington, NZ": the truth keeps "Virtual + " in the city and
                    // reads virtual; the
                    // same issue lists the same event under its continent as "Wellington, NZ +
                    // Virtual" (hybrid).
                    new Erratum(
                            Pattern.compile("^Virtual\\s*\\+\\s*[^(]*$"),
                            Set.of("mode", "city"),
                            "'Virtual + Place': truth city keeps the marker, mode virtual; we read hybrid"));

    /**
     * Not a defect of the truth but of what the parser can know: the truth tells group from title
     * ({@code known_group_name(...)}) with the group names of ALL 2022+ issues, both halves of the
     * corpus; the parser's list ({@link KnownGroups}, generated from this half's truth) lacks the
     * names that only the held-out half's 2022+ issues write (Rust Saar, Rust SP, RustFest). Where
     * the truth split off such a group, group and title may differ.
     */
    static final String HELD_OUT_GROUP = "group known only from the held-out half's 2022+ issues";

    private static final Set<String> GROUP_FIELDS = Set.of("group_name", "title");

    private static boolean heldOutGroup(JsonNode event) {
        String basis = text(event, "group_title_basis");
        return basis != null
                && basis.startsWith("known_group_name")
                && !KnownGroups.contains(text(event, "group_name"));
    }

    // tallies
    int truthListings;
    int parsedListings;
    int alignedListings;
    final Map<String, int[]> perField = new LinkedHashMap<>(); // compared, equal, flagged, errata
    final Map<String, Integer> flagUse = new LinkedHashMap<>();
    final Map<String, Integer> errataUse = new LinkedHashMap<>();
    final List<String> unexplained = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    TruthComparator() {
        FIELDS.keySet().forEach(f -> perField.put(f, new int[4]));
    }

    static String str(Object o) {
        return o == null ? null : o.toString();
    }

    static JsonNode readTruth(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    /** Parses the page of a truth file and compares it. */
    ParseResult compare(Path page, JsonNode truth) throws IOException {
        JsonNode issue = truth.get("issue");
        Document doc = Jsoup.parse(page.toFile(), "UTF-8", issue.get("url").asText());
        ParseResult result =
                new UpcomingEventsParser()
                        .parse(doc, LocalDate.parse(issue.get("issue_date").asText()));
        compare(issue.get("issue_key").asText(), result, truth);
        return result;
    }

    /** Compares a parse result with a truth file's events. */
    void compare(String key, ParseResult result, JsonNode truth) {
        List<JsonNode> events = new ArrayList<>();
        truth.get("events").forEach(events::add);
        List<Listing> listings = result.listings();
        truthListings += events.size();
        parsedListings += listings.size();
        result.problems().forEach(p -> problems.add(key + ": " + p));
        int cursor = 0;
        for (JsonNode event : events) {
            int match = -1;
            for (int i = cursor; i < Math.min(listings.size(), cursor + 4); i++) {
                if (Objects.equals(str(listings.get(i).startDate()), text(event, "start_date"))
                        && (Objects.equals(listings.get(i).title(), text(event, "title"))
                                || Objects.equals(
                                        listings.get(i).groupName(), text(event, "group_name"))
                                || text(event, "event_url") != null
                                        && Objects.equals(
                                                listings.get(i).eventUrl(),
                                                text(event, "event_url")))) {
                    match = i;
                    break;
                }
            }
            if (match < 0) {
                unexplained.add(key + ": truth listing not found: " + text(event, "raw"));
                continue;
            }
            for (int i = cursor; i < match; i++) {
                unexplained.add(key + ": extra listing: " + listings.get(i).raw());
            }
            cursor = match + 1;
            alignedListings++;
            compareFields(key, listings.get(match), event);
        }
        for (int i = cursor; i < listings.size(); i++) {
            unexplained.add(key + ": extra listing: " + listings.get(i).raw());
        }
    }

    private void compareFields(String key, Listing listing, JsonNode event) {
        List<String> flags = new ArrayList<>();
        event.get("flags").forEach(f -> flags.add(f.asText()));
        String locationRaw = text(event, "location_raw");
        for (Map.Entry<String, Function<Listing, String>> field : FIELDS.entrySet()) {
            String name = field.getKey();
            String want = expected(name, event);
            String got = field.getValue().apply(listing);
            int[] tally = perField.get(name);
            if (want != null) {
                tally[0]++;
            }
            if (Objects.equals(want, got)) {
                if (want != null) {
                    tally[1]++;
                }
                continue;
            }
            String flag =
                    flags.stream()
                            .filter(
                                    f ->
                                            ALLOWED_BY_FLAG.entrySet().stream()
                                                    .anyMatch(
                                                            a ->
                                                                    f.startsWith(a.getKey())
                                                                            && a.getValue()
                                                                                    .fields()
                                                                                    .contains(
                                                                                            name)))
                            .findFirst()
                            .orElse(null);
            if (flag != null) {
                String allowKey =
                        ALLOWED_BY_FLAG.keySet().stream()
                                .filter(flag::startsWith)
                                .findFirst()
                                .orElseThrow();
                flagUse.merge(allowKey + " [" + name + "]", 1, Integer::sum);
                if (want != null) {
                    tally[2]++;
                }
                continue;
            }
            if (GROUP_FIELDS.contains(name) && heldOutGroup(event)) {
                errataUse.merge(HELD_OUT_GROUP + " [" + name + "]", 1, Integer::sum);
                if (want != null) {
                    tally[3]++;
                }
                continue;
            }
            Erratum erratum =
                    locationRaw == null
                            ? null
                            : TRUTH_ERRATA.stream()
                                    .filter(
                                            e ->
                                                    e.locationRaw().matcher(locationRaw).matches()
                                                            && e.fields().contains(name))
                                    .findFirst()
                                    .orElse(null);
            if (erratum != null) {
                errataUse.merge(erratum.why() + " [" + name + "]", 1, Integer::sum);
                if (want != null) {
                    tally[3]++;
                }
                continue;
            }
            unexplained.add(
                    key
                            + ": "
                            + name
                            + ": truth '"
                            + want
                            + "' parsed '"
                            + got
                            + "' flags "
                            + flags
                            + " | "
                            + text(event, "raw").replace('\n', ' '));
        }
    }

    /**
     * The truth's value as we expect it: the truth's {@code UK} is ISO's {@code GB}; the truth
     * keeps invisible characters (zero width space, soft hyphen: twir-661 "\u200BRust Mumbai …")
     * that jsoup's visible text drops.
     */
    /**
     * What the truth's country column means where it is no ISO 3166-1 code (it keeps what TWiR
     * wrote; flags {@code country_UK_not_iso}, {@code country_code_not_iso3166:XX}, {@code
     * country_written_as_name:X}): the country, by hand, from the places of those lines ("Brisbane
     * City, QL", "São Paulo, SP", "Cardiff, WLS", "Vancouver, BC", "Seattle, WA", "Buffalo, NY",
     * "Melbourne, AUS", "Chennai, India"). The service must give these (issue 17).
     */
    static final Map<String, String> COUNTRY_MEANT =
            Map.ofEntries(
                    Map.entry("UK", "GB"),
                    Map.entry("QL", "AU"),
                    Map.entry("SP", "BR"),
                    Map.entry("WLS", "GB"),
                    Map.entry("BC", "CA"),
                    Map.entry("WA", "US"),
                    Map.entry("NY", "US"),
                    Map.entry("OR", "US"),
                    Map.entry("UT", "US"),
                    Map.entry("TX", "US"),
                    Map.entry("FL", "US"),
                    Map.entry("AUS", "AU"),
                    Map.entry("Dk", "DK"),
                    Map.entry("No", "NO"),
                    Map.entry("India", "IN"),
                    Map.entry("Lithuania", "LT"),
                    Map.entry("Malaysia", "MY"));

    static String expected(String field, JsonNode event) {
        String value = text(event, field);
        if (field.equals("country") && value != null && COUNTRY_MEANT.containsKey(value)) {
            return COUNTRY_MEANT.get(value);
        }
        return value == null || field.endsWith("_url")
                ? value
                : value.replaceAll("[\u200B\u00AD]", "");
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * @return a printable table of per-field accuracy, recall and the allowance counts.
     */
    String report(String label) {
        StringBuilder out = new StringBuilder();
        out.append(
                String.format(
                        "%s: listings truth %d, parsed %d, aligned %d, recall %.3f %%%n",
                        label,
                        truthListings,
                        parsedListings,
                        alignedListings,
                        100.0 * alignedListings / truthListings));
        out.append(
                String.format(
                        "  %-15s %8s %8s %8s %8s %9s %9s%n",
                        "field", "compared", "equal", "flagged", "errata", "equal%", "explained%"));
        perField.forEach(
                (name, t) ->
                        out.append(
                                String.format(
                                        "  %-15s %8d %8d %8d %8d %8.3f%% %8.3f%%%n",
                                        name,
                                        t[0],
                                        t[1],
                                        t[2],
                                        t[3],
                                        percent(t[1], t[0]),
                                        percent(t[1] + t[2] + t[3], t[0]))));
        out.append("  differences allowed by truth flags:\n");
        flagUse.forEach((k, v) -> out.append("    ").append(v).append("  ").append(k).append('\n'));
        out.append("  truth errata:\n");
        errataUse.forEach(
                (k, v) -> out.append("    ").append(v).append("  ").append(k).append('\n'));
        out.append("  parse problems: ").append(problems.size()).append('\n');
        problems.forEach(p -> out.append("    ").append(p).append('\n'));
        out.append("  unexplained differences: ").append(unexplained.size()).append('\n');
        unexplained.forEach(u -> out.append("    ").append(u).append('\n'));
        return out.toString();
    }

    static double percent(int part, int whole) {
        return whole == 0 ? 100.0 : 100.0 * part / whole;
    }

    double recallPercent() {
        return percent(alignedListings, truthListings);
    }
}
