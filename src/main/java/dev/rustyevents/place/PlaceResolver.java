package dev.rustyevents.place;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.rustyevents.vocabulary.Countries;
import dev.rustyevents.vocabulary.Region;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Resolves what TWiR wrote of a place ({@link WrittenPlace}) to one gazetteer place, or to none.
 *
 * <p>The rules, in order (each stated once, here):
 *
 * <ol>
 *   <li>The city is tried as written, then each side of a slash ("München/Munich"), then without a
 *       trailing "City" ("Bristol City") or a bracketed part.
 *   <li>A name matches a place whose GeoNames name or one of whose alternate names folds to the
 *       same text ({@link PlaceNames#fold}).
 *   <li>Ambiguity (Portland OR/ME, London GB/CA, Cambridge GB/US) is settled by TWiR's own columns
 *       first: the country, then the subdivision; a country column that holds a subdivision
 *       ("Brisbane City, QL", "São Paulo, SP", "Cardiff, WLS") keeps the places in a subdivision
 *       whose ISO 3166-2 code starts with it, and gives the country ({@link
 *       PlaceResolution#SUBDIVISION_HINT}). Then the region heading (the places in its countries),
 *       then population: a canonical-name match counts {@value #CANONICAL_WEIGHT} times its
 *       population against an alternate-name one. What stays ambiguous — a runner-up more than
 *       {@value #RUNNER_UP_KM} km from the best with at least half its weight — is {@link
 *       PlaceResolution#NONE}, never a guess.
 *   <li>A name nothing matches, with a known country or subdivision, is compared with the names of
 *       that country's places of at least {@value #FUZZY_MIN_POPULATION} inhabitants: a place at
 *       most {@value #FUZZY_MAX_EDITS} edits away (Levenshtein) with a Jaro–Winkler similarity of
 *       at least {@value #FUZZY_MIN_SIMILARITY} is taken when it is the only one so close ({@link
 *       PlaceResolution#FUZZY}: "Plovidv" → Plovdiv, "Saarbücken" → Saarbrücken).
 *   <li>What stays unresolved with a city written ("Utah, US", "Switzerland, CH", an ambiguous
 *       "Arlington, US") takes the group's usual place when it lies in the country TWiR gave, and
 *       in the subdivision the city column names when it names one ("North Carolina, US") ({@link
 *       PlaceResolution#GROUP_HOME}, {@link PlaceContext#groupHome}): the group by its name, else
 *       by its Meetup address ({@link WrittenPlace#groupLink}).
 *   <li>No city column (2013–2018): the title's runs of one to three capitalised words are looked
 *       up, and a place counts only when the caller knows it from data (a place some stored event's
 *       city column resolved to), so "Rust Hack and Learn Hamburg" finds Hamburg and "Nice talk"
 *       finds no Nice ({@link PlaceResolution#FROM_TITLE}).
 * </ol>
 *
 * Thread-safe.
 */
public final class PlaceResolver {

    static final int CANONICAL_WEIGHT = 10;
    static final int RUNNER_UP_KM = 30;
    static final int FUZZY_MIN_POPULATION = 5_000;
    static final int FUZZY_MAX_EDITS = 2;
    static final double FUZZY_MIN_SIMILARITY = 0.90;
    static final int FUZZY_MIN_LENGTH = 5;

    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
    private static final Pattern CITY_SUFFIX = Pattern.compile("(?i)\\s+city$");
    private static final Pattern BRACKETS = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern CODE = Pattern.compile("[A-Za-z]{2,3}");
    private static final Pattern TITLE_WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’.-]*");

    /** How many distinct column readings {@link #byColumns} keeps (a few hundred bytes each). */
    static final int COLUMNS_CACHE_SIZE = 8_192;

    private final Gazetteer gazetteer;

    /**
     * What the columns alone resolve to, by the columns: the archive repeats a few thousand of them
     * over ~14,000 listings (a group's city, week after week), and the passes after a backfill
     * resolve every stored event twice. The answer depends on nothing else, so a hit is the same
     * answer; Caffeine bounds it (least recently used out).
     */
    private final Cache<Columns, ResolvedPlace> columns =
            Caffeine.newBuilder().maximumSize(COLUMNS_CACHE_SIZE).build();

    private final LevenshteinDistance levenshtein = new LevenshteinDistance(FUZZY_MAX_EDITS);
    private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();

    /**
     * @param gazetteer the places to resolve to
     */
    public PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @return the resolver of the {@linkplain Gazetteer#standard() standard gazetteer}
     */
    public static PlaceResolver standard() {
        return Standard.RESOLVER;
    }

    private static final class Standard {
        static final PlaceResolver RESOLVER = new PlaceResolver(Gazetteer.standard());
    }

    /**
     * @return the gazetteer this resolver reads
     */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * @param written what TWiR wrote; a null city resolves from the title
     * @param context what the store knows: which places a title may name ({@link PlaceContext#NONE}
     *     to read no title)
     * @return the place and how it was found; {@link ResolvedPlace#NONE} when unknown or ambiguous
     */
    public ResolvedPlace resolve(WrittenPlace written, PlaceContext context) {
        if (written.city() == null || written.city().isBlank()) {
            return fromTitle(written, context);
        }
        ResolvedPlace found = byColumns(written);
        if (found.resolved()) {
            return found;
        }
        Hints hints = hints(written);
        // "North Carolina, US": a state's name where the city belongs; what stands in for the
        // city must lie in that state
        List<String> namedSubdivisions =
                hints.country() == null
                        ? List.of()
                        : gazetteer.subdivisionsNamed(written.city()).stream()
                                .filter(code -> code.startsWith(hints.country() + "-"))
                                .toList();
        java.util.function.Predicate<GazetteerPlace> within =
                p ->
                        (hints.country() == null || p.country().equals(hints.country()))
                                && (namedSubdivisions.isEmpty()
                                        || namedSubdivisions.contains(p.subdivision()));
        if (hints.country() != null) {
            // "Switzerland, CH - Rust Meetup Geneva", "Sandown, ZA - Johannesburg meetup": the
            // column names no city the gazetteer places there, the title names one the store knows
            ResolvedPlace titled = fromTitle(written, context, hints.country());
            if (titled.resolved() && within.test(titled.place())) {
                return titled;
            }
        }
        return context.groupHome(written.groupSlug())
                .or(() -> context.groupHome(written.groupLink()))
                .filter(within)
                .map(home -> new ResolvedPlace(home, PlaceResolution.GROUP_HOME))
                .orElse(found);
    }

    /** The columns {@link #byColumns} reads, and nothing else of a {@link WrittenPlace}. */
    private record Columns(String city, String subdivision, String country, Region region) {}

    private ResolvedPlace byColumns(WrittenPlace written) {
        return columns.get(
                new Columns(
                        written.city(), written.subdivision(), written.country(), written.region()),
                c -> byColumns(c.city(), c.subdivision(), c.country(), c.region()));
    }

    private ResolvedPlace byColumns(
            String city, String subdivision, String country, Region region) {
        WrittenPlace written =
                WrittenPlace.builder()
                        .city(city)
                        .subdivision(subdivision)
                        .country(country)
                        .region(region)
                        .build();
        Hints hints = hints(written);
        List<Hints> tries = new ArrayList<>(List.of(hints));
        if (hints.country() != null
                && written.region() != null
                && Countries.regionOf(hints.country())
                        .filter(r -> r != written.region())
                        .isPresent()) {
            // "Johannesburg, SA" under Africa, "Durham, NC" under North America: a code that is a
            // country of another continent than the heading's, and names no such place there, is
            // read as a subdivision, then left out
            tries.add(new Hints(null, hints.country(), true));
            tries.add(new Hints(null, null, true));
        }
        for (Hints h : tries) {
            for (String form : forms(written.city())) {
                Optional<ResolvedPlace> found = byName(form, h, written.region());
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        if (written.subdivision() != null && !CODE.matcher(written.subdivision()).matches()) {
            // "Karnataka, Bengaluru, IN": the city written second
            for (String form : forms(written.subdivision())) {
                Optional<ResolvedPlace> found =
                        byName(form, new Hints(hints.country(), null, false), written.region());
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        return fuzzy(written.city(), hints);
    }

    /** The country and subdivision TWiR's columns give. */
    private record Hints(String country, String subdivisionPrefix, boolean fromSubdivision) {}

    private Hints hints(WrittenPlace w) {
        String country =
                w.country() != null && Countries.isCode(w.country())
                        ? w.country().toUpperCase(Locale.ROOT)
                        : null;
        String subdivision =
                w.subdivision() != null && CODE.matcher(w.subdivision()).matches()
                        ? w.subdivision().toUpperCase(Locale.ROOT)
                        : null;
        if (country == null
                && subdivision == null
                && w.country() != null
                && CODE.matcher(w.country()).matches()) {
            subdivision = w.country().toUpperCase(Locale.ROOT);
        }
        return new Hints(country, subdivision, country == null && subdivision != null);
    }

    private static List<String> forms(String city) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(city.strip());
        for (String side : SLASH.split(city.strip())) {
            forms.add(side);
        }
        for (String f : List.copyOf(forms)) {
            forms.add(CITY_SUFFIX.matcher(f).replaceAll(""));
            forms.add(BRACKETS.matcher(f).replaceAll(""));
        }
        for (String f : List.copyOf(forms)) {
            // "Rapperswil-Jona": a twin town written as one, tried side by side last
            String[] sides = f.split("-");
            if (sides.length == 2 && sides[0].length() >= 4 && sides[1].length() >= 4) {
                forms.add(sides[0]);
                forms.add(sides[1]);
            }
        }
        forms.removeIf(String::isBlank);
        return List.copyOf(forms);
    }

    private Optional<ResolvedPlace> byName(String name, Hints hints, Region region) {
        List<Gazetteer.NameMatch> matches = gazetteer.lookup(name);
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        if (namesASubdivisionOnly(name, matches, hints)) {
            // "Selangor, MY": the state, not the town of Kuala Selangor that is also so called
            return Optional.of(ResolvedPlace.NONE);
        }
        List<Gazetteer.NameMatch> candidates = narrow(matches, hints, region);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Gazetteer.NameMatch best = best(candidates);
        if (best == null) {
            return Optional.of(ResolvedPlace.NONE);
        }
        PlaceResolution how =
                hints.fromSubdivision()
                        ? PlaceResolution.SUBDIVISION_HINT
                        : best.alternate() ? PlaceResolution.ALTERNATE_NAME : PlaceResolution.EXACT;
        return Optional.of(new ResolvedPlace(best.place(), how));
    }

    /** A subdivision's name counts as a city only for a place of this many inhabitants. */
    static final int SUBDIVISION_NAME_CITY_POPULATION = 100_000;

    /**
     * Whether a name is a subdivision's of the written country ("Selangor", "Utah") and no place
     * there bears it as a city's: one of at least {@value #SUBDIVISION_NAME_CITY_POPULATION}
     * inhabitants ("New York", "São Paulo"), or one in that subdivision whose GeoNames name it is
     * (the seat named as its region: "Zlín" in the Zlín region, "Salzburg"), not an alternate name
     * (Kuala Selangor is also called "Selangor").
     */
    private boolean namesASubdivisionOnly(
            String name, List<Gazetteer.NameMatch> matches, Hints hints) {
        if (hints.country() == null) {
            return false;
        }
        List<String> codes =
                gazetteer.subdivisionsNamed(name).stream()
                        .filter(code -> code.startsWith(hints.country() + "-"))
                        .toList();
        return !codes.isEmpty()
                && matches.stream()
                        .noneMatch(
                                m ->
                                        m.place().country().equals(hints.country())
                                                && (m.place().population()
                                                                >= SUBDIVISION_NAME_CITY_POPULATION
                                                        || !m.alternate()
                                                                && codes.contains(
                                                                        m.place().subdivision())));
    }

    private static List<Gazetteer.NameMatch> narrow(
            List<Gazetteer.NameMatch> matches, Hints hints, Region region) {
        List<Gazetteer.NameMatch> c = matches;
        if (hints.country() != null) {
            c = c.stream().filter(m -> m.place().country().equals(hints.country())).toList();
        }
        if (hints.subdivisionPrefix() != null) {
            List<Gazetteer.NameMatch> inSubdivision =
                    c.stream()
                            .filter(m -> inSubdivision(m.place(), hints.subdivisionPrefix()))
                            .toList();
            if (!inSubdivision.isEmpty() || hints.fromSubdivision()) {
                c = inSubdivision;
            }
        }
        if (hints.country() == null && region != null) {
            List<Gazetteer.NameMatch> inRegion =
                    c.stream()
                            .filter(
                                    m ->
                                            Countries.regionOf(m.place().country()).orElse(null)
                                                    == region)
                            .toList();
            if (!inRegion.isEmpty()) {
                c = inRegion;
            }
        }
        return c;
    }

    private static boolean inSubdivision(GazetteerPlace place, String prefix) {
        String suffix = place.subdivisionSuffix();
        return suffix != null && suffix.startsWith(prefix);
    }

    /** The heaviest candidate, or null when a distant runner-up weighs at least half as much. */
    private static Gazetteer.NameMatch best(List<Gazetteer.NameMatch> candidates) {
        Gazetteer.NameMatch best = null;
        for (Gazetteer.NameMatch m : candidates) {
            if (best == null || weight(m) > weight(best)) {
                best = m;
            }
        }
        for (Gazetteer.NameMatch m : candidates) {
            if (m != best
                    && weight(m) * 2 >= weight(best)
                    && m.place().point().distanceKm(best.place().point()) > RUNNER_UP_KM) {
                return null;
            }
        }
        return best;
    }

    private static long weight(Gazetteer.NameMatch m) {
        return (long) m.place().population() * (m.alternate() ? 1 : CANONICAL_WEIGHT);
    }

    private ResolvedPlace fuzzy(String city, Hints hints) {
        if (hints.country() == null && hints.subdivisionPrefix() == null) {
            return ResolvedPlace.NONE;
        }
        List<String> forms = forms(city).stream().map(PlaceNames::fold).toList();
        int[] pool = gazetteer.indexes(hints.country(), FUZZY_MIN_POPULATION);
        int bestIndex = -1;
        double bestScore = 0;
        boolean tie = false;
        for (int i : pool) {
            String candidate = gazetteer.foldedName(i);
            for (String form : forms) {
                if (form.length() < FUZZY_MIN_LENGTH) {
                    continue;
                }
                int edits = levenshtein.apply(form, candidate);
                if (edits < 0) {
                    continue;
                }
                double similarity = jaroWinkler.apply(form, candidate);
                if (similarity < FUZZY_MIN_SIMILARITY) {
                    continue;
                }
                GazetteerPlace place = gazetteer.place(i);
                if (hints.subdivisionPrefix() != null
                        && !inSubdivision(place, hints.subdivisionPrefix())) {
                    continue;
                }
                double score = similarity - edits * 0.01;
                if (score > bestScore + 1e-9) {
                    tie =
                            bestIndex >= 0
                                    && bestScore > score - 0.005
                                    && gazetteer.place(bestIndex).point().distanceKm(place.point())
                                            > RUNNER_UP_KM;
                    bestScore = score;
                    bestIndex = i;
                } else if (score > bestScore - 0.005
                        && i != bestIndex
                        && gazetteer.place(bestIndex).point().distanceKm(place.point())
                                > RUNNER_UP_KM) {
                    tie = true;
                }
            }
        }
        if (bestIndex < 0 || tie) {
            return ResolvedPlace.NONE;
        }
        return new ResolvedPlace(gazetteer.place(bestIndex), PlaceResolution.FUZZY);
    }

    private ResolvedPlace fromTitle(WrittenPlace written, PlaceContext context) {
        return fromTitle(written, context, null);
    }

    /** A known city the title names, in {@code country} when not null. */
    private ResolvedPlace fromTitle(WrittenPlace written, PlaceContext context, String country) {
        if (written.title() == null || context.knowsNoPlace()) {
            return ResolvedPlace.NONE;
        }
        List<String> words = new ArrayList<>();
        Matcher m = TITLE_WORD.matcher(written.title());
        while (m.find()) {
            words.add(m.group());
        }
        for (int n = 3; n >= 1; n--) {
            for (int start = 0; start + n <= words.size(); start++) {
                List<String> run = words.subList(start, start + n);
                if (!run.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)))) {
                    continue;
                }
                List<Gazetteer.NameMatch> known =
                        gazetteer.lookup(String.join(" ", run)).stream()
                                .filter(x -> context.knownFromData(x.place().geonameId()))
                                .filter(x -> country == null || x.place().country().equals(country))
                                .toList();
                List<Gazetteer.NameMatch> candidates =
                        narrow(known, new Hints(null, null, false), written.region());
                if (!candidates.isEmpty()) {
                    Gazetteer.NameMatch best = best(candidates);
                    return best == null
                            ? ResolvedPlace.NONE
                            : new ResolvedPlace(best.place(), PlaceResolution.FROM_TITLE);
                }
            }
        }
        return ResolvedPlace.NONE;
    }

    /** What a place name given by a person (the {@code near} parameter) names. */
    public sealed interface Named {
        /** One place. */
        record One(GazetteerPlace place) implements Named {}

        /** Several far-apart places fit: the caller should say which. */
        record Several(List<GazetteerPlace> places) implements Named {}

        /** None: close spellings, most similar first. */
        record Unknown(List<GazetteerPlace> closeSpellings) implements Named {}
    }

    /**
     * Resolves a place name as a person types it: {@code Berlin}, {@code Portland,US-OR}, {@code
     * London, GB}. The part after the last comma, when it is an ISO 3166-1 code or an ISO 3166-2
     * code, narrows the places; ambiguity is settled as for TWiR's lines (population, then far
     * runner-ups make it {@link Named.Several}).
     *
     * @param text the name, optionally {@code ,CC} or {@code ,CC-SUB}
     * @return one place, several, or none with close spellings
     */
    public Named named(String text) {
        String name = text.strip();
        String country = null;
        String subdivision = null;
        int comma = name.lastIndexOf(',');
        if (comma > 0) {
            String q = name.substring(comma + 1).strip().toUpperCase(Locale.ROOT);
            if (q.matches("[A-Z]{2}-[A-Z0-9]{1,3}") && Countries.isCode(q.substring(0, 2))) {
                country = q.substring(0, 2);
                subdivision = q.substring(3);
                name = name.substring(0, comma).strip();
            } else if (Countries.isCode(q)) {
                country = q;
                name = name.substring(0, comma).strip();
            }
        }
        Hints hints = new Hints(country, subdivision, false);
        List<Gazetteer.NameMatch> candidates = List.of();
        for (String form : forms(name)) {
            candidates = narrow(gazetteer.lookup(form), hints, null);
            if (subdivision != null) {
                String sub = subdivision;
                candidates =
                        candidates.stream().filter(m -> inSubdivision(m.place(), sub)).toList();
            }
            if (!candidates.isEmpty()) {
                break;
            }
        }
        if (candidates.isEmpty()) {
            return new Named.Unknown(closeTo(name, country, 5));
        }
        Gazetteer.NameMatch best = best(candidates);
        if (best != null) {
            return new Named.One(best.place());
        }
        return new Named.Several(
                candidates.stream()
                        .sorted(java.util.Comparator.comparingLong(m -> -weight(m)))
                        .map(Gazetteer.NameMatch::place)
                        .limit(5)
                        .toList());
    }

    /**
     * @param name a name nothing matched
     * @param country an ISO 3166-1 code to look in, or null for every country
     * @param limit at most this many
     * @return places of at least {@value #CLOSE_MIN_POPULATION} inhabitants whose name is within a
     *     Jaro–Winkler similarity of {@value #CLOSE_MIN_SIMILARITY}, most similar first
     */
    public List<GazetteerPlace> closeTo(String name, String country, int limit) {
        String folded = PlaceNames.fold(name);
        if (folded == null || folded.isEmpty()) {
            return List.of();
        }
        record Scored(int index, double score) {}
        List<Scored> scored = new ArrayList<>();
        for (int i : gazetteer.indexes(country, CLOSE_MIN_POPULATION)) {
            double sim = jaroWinkler.apply(folded, gazetteer.foldedName(i));
            if (sim >= CLOSE_MIN_SIMILARITY) {
                scored.add(new Scored(i, sim + Math.log10(gazetteer.population(i)) / 1000));
            }
        }
        return scored.stream()
                .sorted(java.util.Comparator.comparingDouble(x -> -x.score()))
                .limit(limit)
                .map(x -> gazetteer.place(x.index()))
                .toList();
    }

    static final int CLOSE_MIN_POPULATION = 50_000;
    static final double CLOSE_MIN_SIMILARITY = 0.8;
}
