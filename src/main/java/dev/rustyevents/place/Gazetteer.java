package dev.rustyevents.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.IntPredicate;

/**
 * The populated places of GeoNames (CC BY 4.0; {@code tools/gazetteer} builds the resources from
 * registry packages) with at least 1,000 inhabitants, and ISO 3166-2 subdivisions by name.
 *
 * <p>Held in flat arrays rather than objects per place: 118,487 places and their ~270,000 distinct
 * names retain about 12 MB of heap (a {@code HashMap<String, …>} of the names alone would take ~30
 * MB), a budget the native executable's RSS is measured against ({@code docs/benchmarks.md},
 * "Places: gazetteer cost"). The resources are read as they are: {@code tools/gazetteer} writes the
 * name index already folded ({@link PlaceNames#fold}) and sorted, with the sizes of every array, so
 * loading allocates each array once, at its size, and folds or sorts nothing (folding and sorting
 * here took a second and left the collector a heap twice the size it keeps). Names are looked up in
 * the sorted keys (binary search), which also serves prefix search for the place box; a country's
 * places are one run of rows, most populous first. Immutable and thread-safe once loaded.
 */
public final class Gazetteer {

    /** The classpath resources, as {@code tools/gazetteer/build.mjs} writes them. */
    public static final String PLACES = "gazetteer/places.tsv.gz";

    /** The name index: folded names, sorted, and the rows of {@link #PLACES} bearing each. */
    public static final String NAMES = "gazetteer/names.tsv.gz";

    /** ISO 3166-2 subdivisions and their English and GeoNames names. */
    public static final String SUBDIVISIONS = "gazetteer/subdivisions.tsv.gz";

    private static final int ALTERNATE = 1 << 31;

    private final String version;
    private final int size;
    private final int[] geonameIds;
    private final float[] latitudes;
    private final float[] longitudes;
    private final int[] populations;
    private final short[] countries;
    private final short[] subdivisions;
    private final short[] timeZones;
    private final String[] codes; // interned country, subdivision and zone strings
    private final Map<String, int[]> countryRows; // country code -> [first row, last row + 1]
    private final byte[] names; // canonical names, UTF-8, back to back
    private final int[] nameStarts; // size + 1
    private final int[] canonicalKeys; // the key of each place's own name, -1 when it folds empty
    private final byte[] keys; // folded names, UTF-8, sorted, each once
    private final int[] keyStarts; // keyCount + 1
    private final int[] entryStarts; // keyCount + 1: each key's places in entryPlaces
    private final int[] entryPlaces; // place index, ALTERNATE bit for an alternate name only
    private final Map<String, List<String>> subdivisionsByName;
    private final Map<String, String> subdivisionNames;
    private final int[] byGeonameId; // place indexes in ascending GeoNames id order

    private Gazetteer(Builder b, String version) {
        this.version = version;
        this.size = b.size;
        this.geonameIds = b.geonameIds;
        this.latitudes = b.latitudes;
        this.longitudes = b.longitudes;
        this.populations = b.populations;
        this.countries = b.countries;
        this.subdivisions = b.subdivisions;
        this.timeZones = b.timeZones;
        this.codes = b.codes.keySet().toArray(String[]::new);
        this.countryRows = b.countryRows;
        this.names = b.names;
        this.nameStarts = b.nameStarts;
        this.canonicalKeys = b.canonicalKeys;
        this.keys = b.keys;
        this.keyStarts = b.keyStarts;
        this.entryStarts = b.entryStarts;
        this.entryPlaces = b.entryPlaces;
        this.subdivisionsByName = b.subdivisionsByName;
        this.subdivisionNames = b.subdivisionNames;
        // (GeoNames id, index) packed in a long: ids are positive ints, so the order is the id's
        long[] ids = new long[size];
        for (int i = 0; i < size; i++) {
            ids[i] = (long) geonameIds[i] << 32 | i;
        }
        Arrays.sort(ids);
        this.byGeonameId = new int[size];
        for (int i = 0; i < size; i++) {
            byGeonameId[i] = (int) ids[i];
        }
    }

    /**
     * The gazetteer of the classpath resources. On a JVM it is loaded once on first use (a few
     * hundred milliseconds on a cold JVM: {@code rusty_events_places_gazetteer_load_seconds}). In
     * the native executable it is built in: native-image runs the load while it builds the image
     * ({@code application.properties} leaves {@code Holder} to Quarkus' build-time class
     * initialization), so the arrays are part of the image heap, pages of the executable mapped
     * copy-on-write that the kernel reads in only when a lookup touches them. The process then
     * neither reads the resources nor grows its collected heap for them, which is what kept the
     * gazetteer's RSS above its budget ({@code docs/benchmarks.md}, "Places: the gazetteer in
     * memory").
     *
     * @throws UncheckedIOException when a resource is missing or malformed (a broken build; in the
     *     native build, the image build fails)
     */
    public static Gazetteer standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Gazetteer STANDARD = load();
    }

    /**
     * The system property GraalVM sets while native-image builds an executable ({@code
     * "buildtime"}) and in the executable ({@code "runtime"}); absent on a JVM. Read here rather
     * than through {@code org.graalvm.nativeimage.ImageInfo}, which reads the same property, so the
     * service does not depend on the native-image SDK.
     */
    private static final String IMAGE_CODE = "org.graalvm.nativeimage.imagecode";

    /** Nanoseconds {@link #standard()}'s load took; -1 until it has loaded, 0 when built in. */
    private static volatile long standardLoadNanos = -1;

    /** Whether {@link #standard()} was loaded while native-image built the executable. */
    private static volatile boolean standardBuiltIn;

    /**
     * @return how long loading {@link #standard()} took, in nanoseconds (wall clock, on the thread
     *     that first used it), 0 in a native executable that has it built in, or empty while it has
     *     not been loaded; never loads it
     */
    public static OptionalLong standardLoadNanos() {
        long nanos = standardLoadNanos;
        return nanos < 0 ? OptionalLong.empty() : OptionalLong.of(nanos);
    }

    /**
     * @return whether {@link #standard()} is part of the native executable's image heap (nothing to
     *     load, no resource read); false on a JVM
     */
    public static boolean standardBuiltIn() {
        return standardBuiltIn;
    }

    /**
     * The {@link #version()} {@link #standard()} has, without loading it: hashes the resources'
     * bytes (a few milliseconds) rather than reading them, so that a start whose stored places are
     * current leaves the gazetteer unloaded until a place is first looked up. In a native
     * executable with the gazetteer built in ({@link #standardBuiltIn()}), its version, computed
     * from the same bytes when the image was built.
     *
     * @return the first 16 hex digits of the SHA-256 of the three resources, equal to {@code
     *     standard().version()}
     * @throws UncheckedIOException when a resource is missing or cannot be read
     */
    public static String standardVersion() {
        if (standardBuiltIn) {
            return Holder.STANDARD.version(); // built in: the resources are not in the executable
        }
        MessageDigest sha = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream places = resource(PLACES);
                InputStream names = resource(NAMES);
                InputStream subdivisions = resource(SUBDIVISIONS)) {
            for (InputStream in : List.of(places, names, subdivisions)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hex(sha);
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("gazetteer resource missing: " + name);
        }
        return in;
    }

    private static Gazetteer load() {
        long start = System.nanoTime();
        try (InputStream places = resource(PLACES);
                InputStream names = resource(NAMES);
                InputStream subdivisions = resource(SUBDIVISIONS)) {
            Gazetteer loaded = read(places, names, subdivisions);
            standardBuiltIn = "buildtime".equals(System.getProperty(IMAGE_CODE));
            standardLoadNanos = standardBuiltIn ? 0 : System.nanoTime() - start;
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(MessageDigest sha) {
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    /**
     * @param places gzip of {@code places.tsv} (format in {@code tools/gazetteer/build.mjs})
     * @param names gzip of {@code names.tsv}, the index of {@code places}
     * @param subdivisions gzip of {@code subdivisions.tsv}
     * @return the gazetteer, its {@link #version()} the SHA-256 of the three streams' bytes
     * @throws IOException on a read error, a malformed line, a size comment missing or wrong, a
     *     country's places not in one run, or an index naming a row that is not there
     */
    static Gazetteer read(InputStream places, InputStream names, InputStream subdivisions)
            throws IOException {
        MessageDigest sha = sha256();
        Builder b = new Builder();
        try (TsvLines in = new TsvLines(places, sha, PLACES)) {
            while (in.next()) {
                if (in.isComment()) {
                    b.sizePlaces(in);
                } else {
                    b.place(in);
                }
            }
            b.placesRead(in);
        }
        try (TsvLines in = new TsvLines(names, sha, NAMES)) {
            while (in.next()) {
                if (in.isComment()) {
                    b.sizeNames(in);
                } else {
                    b.name(in);
                }
            }
            b.namesRead(in);
        }
        try (TsvLines in = new TsvLines(subdivisions, sha, SUBDIVISIONS)) {
            while (in.next()) {
                if (!in.isComment() && in.fields() == 3) {
                    b.subdivision(in.text(0), in.text(1), in.text(2));
                }
            }
        }
        return new Gazetteer(b, hex(sha));
    }

    /**
     * @return the first 16 hex digits of the SHA-256 of the resources: stored beside the places
     *     resolved with it, so a new gazetteer makes the service resolve them again
     */
    public String version() {
        return version;
    }

    /**
     * @return the number of places
     */
    public int size() {
        return size;
    }

    /** A place a name matched, and whether through an alternate name. */
    public record NameMatch(GazetteerPlace place, boolean alternate) {}

    /**
     * @param name a place name as written (any case and accents)
     * @return every place with this name ({@link PlaceNames#fold} equal), canonical-name matches
     *     first, then by population descending, then by GeoNames id; empty when none
     */
    public List<NameMatch> lookup(String name) {
        int key = key(PlaceNames.fold(name));
        if (key < 0) {
            return List.of();
        }
        List<NameMatch> matches = new ArrayList<>(entryStarts[key + 1] - entryStarts[key]);
        for (int e = entryStarts[key]; e < entryStarts[key + 1]; e++) {
            int entry = entryPlaces[e];
            matches.add(new NameMatch(place(entry & ~ALTERNATE), (entry & ALTERNATE) != 0));
        }
        matches.sort(
                Comparator.comparing(NameMatch::alternate)
                        .thenComparingInt(m -> -m.place().population())
                        .thenComparingInt(m -> m.place().geonameId()));
        return matches;
    }

    /**
     * @param prefix the start of a name (folded as {@link PlaceNames#fold})
     * @param limit at most this many
     * @return the most populous places with a name starting so, by population descending, then by
     *     GeoNames id
     */
    public List<GazetteerPlace> startingWith(String prefix, int limit) {
        String key = PlaceNames.fold(prefix);
        if (key == null || key.isEmpty()) {
            return List.of();
        }
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        List<Integer> candidates = new ArrayList<>();
        for (int i = lowerBound(k); i < keyStarts.length - 1 && startsWith(i, k); i++) {
            for (int e = entryStarts[i]; e < entryStarts[i + 1]; e++) {
                int place = entryPlaces[e] & ~ALTERNATE;
                if (seen.add(place)) {
                    candidates.add(place);
                }
            }
        }
        return candidates.stream()
                .sorted(
                        Comparator.comparingInt((Integer p) -> -populations[p])
                                .thenComparingInt(p -> geonameIds[p]))
                .limit(limit)
                .map(this::place)
                .toList();
    }

    /**
     * @param filter which places, by index ({@link #country(int)} and {@link #population(int)} read
     *     it)
     * @return the indexes of the places the filter accepts, ascending
     */
    public int[] indexes(IntPredicate filter) {
        return java.util.stream.IntStream.range(0, size).filter(filter).toArray();
    }

    /**
     * The places a bounded scan (fuzzy matching, close spellings) compares a name with.
     *
     * @param country an ISO 3166-1 alpha-2 code, or null for every country
     * @param minPopulation the fewest inhabitants a place must have
     * @return the indexes of that country's places (one run of rows, most populous first: the scan
     *     stops at the first smaller one) with at least that many inhabitants, ascending; empty for
     *     a country without places
     */
    public int[] indexes(String country, int minPopulation) {
        if (country == null) {
            return indexes(i -> populations[i] >= minPopulation);
        }
        int[] rows = countryRows.get(country);
        if (rows == null) {
            return new int[0];
        }
        int end = rows[0];
        while (end < rows[1] && populations[end] >= minPopulation) {
            end++;
        }
        return java.util.stream.IntStream.range(rows[0], end).toArray();
    }

    /** The country code of the place at an index. */
    public String country(int index) {
        return codes[countries[index]];
    }

    /** The population of the place at an index. */
    public int population(int index) {
        return populations[index];
    }

    /** The canonical name of the place at an index. */
    public String name(int index) {
        return new String(
                names,
                nameStarts[index],
                nameStarts[index + 1] - nameStarts[index],
                StandardCharsets.UTF_8);
    }

    /**
     * @return the canonical name of the place at an index as {@link PlaceNames#fold} gives it, read
     *     from the index (no folding); "" when it folds to nothing
     */
    public String foldedName(int index) {
        int key = canonicalKeys[index];
        return key < 0
                ? ""
                : new String(
                        keys,
                        keyStarts[key],
                        keyStarts[key + 1] - keyStarts[key],
                        StandardCharsets.UTF_8);
    }

    /** The place at an index. */
    public GazetteerPlace place(int index) {
        String subdivision = codes[subdivisions[index]];
        return new GazetteerPlace(
                geonameIds[index],
                name(index),
                codes[countries[index]],
                subdivision.isEmpty() ? null : subdivision,
                new GeoPoint(latitudes[index], longitudes[index]),
                populations[index],
                codes[timeZones[index]]);
    }

    /**
     * @return the place with this GeoNames id, or empty
     */
    public Optional<GazetteerPlace> byGeonameId(int geonameId) {
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int id = geonameIds[byGeonameId[mid]];
            if (id < geonameId) {
                lo = mid + 1;
            } else if (id > geonameId) {
                hi = mid - 1;
            } else {
                return Optional.of(place(byGeonameId[mid]));
            }
        }
        return Optional.empty();
    }

    /**
     * @param name a subdivision's name ("Queensland", "Selangor", "Wales"), any case or accents
     * @return the ISO 3166-2 codes of the subdivisions so named ("AU-QLD"), possibly several
     */
    public List<String> subdivisionsNamed(String name) {
        return subdivisionsByName.getOrDefault(PlaceNames.fold(name), List.of());
    }

    /**
     * @param code an ISO 3166-2 code ("US-WA")
     * @return its English name ("Washington"), or empty when the code is unknown
     */
    public Optional<String> subdivisionName(String code) {
        return Optional.ofNullable(subdivisionNames.get(code));
    }

    /** The index of a folded name among the keys, or -1. */
    private int key(String folded) {
        if (folded == null || folded.isEmpty()) {
            return -1;
        }
        byte[] k = folded.getBytes(StandardCharsets.UTF_8);
        int i = lowerBound(k);
        return i < keyStarts.length - 1 && compareKey(i, k) == 0 ? i : -1;
    }

    private int lowerBound(byte[] k) {
        int lo = 0;
        int hi = keyStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compareKey(mid, k) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int compareKey(int i, byte[] k) {
        return Arrays.compareUnsigned(keys, keyStarts[i], keyStarts[i + 1], k, 0, k.length);
    }

    private boolean startsWith(int i, byte[] k) {
        int length = keyStarts[i + 1] - keyStarts[i];
        return length >= k.length
                && Arrays.equals(keys, keyStarts[i], keyStarts[i] + k.length, k, 0, k.length);
    }

    /** The arrays while reading, each allocated once at the size the resources' comments give. */
    private static final class Builder {
        int size = -1;
        int[] geonameIds;
        float[] latitudes;
        float[] longitudes;
        int[] populations;
        short[] countries;
        short[] subdivisions;
        short[] timeZones;
        final Map<String, Short> codes = new LinkedHashMap<>();
        final Map<String, int[]> countryRows = new HashMap<>();
        byte[] names;
        int[] nameStarts;
        int[] canonicalKeys;
        int places; // rows read
        int nameLength;
        int keyCount = -1;
        byte[] keys;
        int[] keyStarts;
        int[] entryStarts;
        int[] entryPlaces;
        int keysRead;
        int keyLength;
        int entries;
        final Map<String, List<String>> subdivisionsByName = new HashMap<>();
        final Map<String, String> subdivisionNames = new HashMap<>();

        /** "# size N name-bytes B": allocates the places' arrays. */
        void sizePlaces(TsvLines in) throws IOException {
            long[] n = in.sizes("size", "name-bytes");
            if (n == null) {
                return;
            }
            size = (int) n[0];
            geonameIds = new int[size];
            latitudes = new float[size];
            longitudes = new float[size];
            populations = new int[size];
            countries = new short[size];
            subdivisions = new short[size];
            timeZones = new short[size];
            nameStarts = new int[size + 1];
            names = new byte[(int) n[1]];
            canonicalKeys = new int[size];
            Arrays.fill(canonicalKeys, -1);
        }

        void place(TsvLines in) throws IOException {
            if (size < 0) {
                throw in.error("no \"# size\" comment before the first place");
            }
            if (in.fields() != 9) {
                throw in.error("9 fields expected");
            }
            if (places == size) {
                throw in.error("more places than the " + size + " its size comment gives");
            }
            int i = places++;
            geonameIds[i] = in.integer(0);
            nameStarts[i] = nameLength;
            nameLength = in.copy(1, names, nameLength);
            String country = in.text(3);
            int[] rows = countryRows.computeIfAbsent(country, c -> new int[] {i, i});
            if (rows[1] != i) {
                throw in.error("the places of " + country + " are not one run of rows");
            }
            rows[1] = i + 1;
            countries[i] = code(country);
            subdivisions[i] = code(in.text(4));
            latitudes[i] = Float.parseFloat(in.text(5));
            longitudes[i] = Float.parseFloat(in.text(6));
            populations[i] = in.integer(7);
            timeZones[i] = code(in.text(8));
        }

        void placesRead(TsvLines in) throws IOException {
            if (places != size || nameLength != names.length) {
                throw in.error(
                        places
                                + " places of "
                                + nameLength
                                + " name bytes, not the size comment's");
            }
            nameStarts[size] = nameLength;
        }

        /** "# size K entries E key-bytes B": allocates the index's arrays. */
        void sizeNames(TsvLines in) throws IOException {
            long[] n = in.sizes("size", "entries", "key-bytes");
            if (n == null) {
                return;
            }
            keyCount = (int) n[0];
            keyStarts = new int[keyCount + 1];
            entryStarts = new int[keyCount + 1];
            entryPlaces = new int[(int) n[1]];
            keys = new byte[(int) n[2]];
        }

        void name(TsvLines in) throws IOException {
            if (keyCount < 0) {
                throw in.error("no \"# size\" comment before the first name");
            }
            if (in.fields() != 2 || keysRead == keyCount) {
                throw in.error("2 fields expected, in at most " + keyCount + " lines");
            }
            int k = keysRead++;
            keyStarts[k] = keyLength;
            keyLength = in.copy(0, keys, keyLength);
            if (k > 0
                    && Arrays.compareUnsigned(
                                    keys,
                                    keyStarts[k - 1],
                                    keyStarts[k],
                                    keys,
                                    keyStarts[k],
                                    keyLength)
                            >= 0) {
                throw in.error("the keys are not sorted by their UTF-8 bytes");
            }
            entryStarts[k] = entries;
            entries =
                    in.places(
                            1,
                            entryPlaces,
                            entries,
                            size,
                            ALTERNATE,
                            place -> {
                                if (canonicalKeys[place] >= 0) {
                                    throw new IOException(
                                            "place row " + place + " has two canonical keys");
                                }
                                canonicalKeys[place] = k;
                            });
        }

        void namesRead(TsvLines in) throws IOException {
            if (keysRead != keyCount || entries != entryPlaces.length || keyLength != keys.length) {
                throw in.error("fewer keys, entries or key bytes than the size comment gives");
            }
            keyStarts[keyCount] = keyLength;
            entryStarts[keyCount] = entries;
        }

        void subdivision(String code, String name, String geonamesName) {
            subdivisionNames.put(code, name);
            for (String n : new java.util.LinkedHashSet<>(List.of(name, geonamesName))) {
                List<String> list =
                        subdivisionsByName.computeIfAbsent(
                                PlaceNames.fold(n), k -> new ArrayList<>(1));
                if (!list.contains(code)) {
                    list.add(code);
                }
            }
        }

        short code(String value) {
            Short existing = codes.get(value);
            if (existing != null) {
                return existing;
            }
            if (codes.size() == Short.MAX_VALUE) {
                throw new IllegalStateException("more than 32767 distinct codes");
            }
            short c = (short) codes.size();
            codes.put(value.intern(), c);
            return c;
        }
    }
}
