package dev.rustyevents.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import java.util.zip.GZIPInputStream;

/**
 * The populated places of GeoNames (CC BY 4.0; {@code tools/gazetteer} builds the resources from
 * registry packages) with at least 1,000 inhabitants, and ISO 3166-2 subdivisions by name.
 *
 * <p>Held in flat arrays rather than objects per place: 118,487 places and their ~350,000 names
 * retain about 13 MB of heap (a {@code HashMap<String, …>} of the names alone would take ~30 MB,
 * and the {@code HashMap<Integer, Integer>} by GeoNames id this class once held took 8 MB), a
 * budget the native executable's RSS is measured against ({@code docs/benchmarks.md}, "Places:
 * gazetteer cost"). Building the index sorts indexes into flat arrays, not an array or a box per
 * name. Names are looked up by {@link PlaceNames#fold} in a sorted array (binary search), which
 * also serves prefix search for the place box. Immutable and thread-safe once loaded.
 */
public final class Gazetteer {

    /** The classpath resources, as {@code tools/gazetteer/build.mjs} writes them. */
    public static final String PLACES = "gazetteer/places.tsv.gz";

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
    private final byte[] names; // canonical names, UTF-8, back to back
    private final int[] nameStarts; // size + 1
    private final byte[] keys; // folded names, UTF-8, sorted
    private final int[] keyStarts; // keyCount + 1
    private final int[] keyPlaces; // place index, ALTERNATE bit for an alternate name
    private final Map<String, List<String>> subdivisionsByName;
    private final Map<String, String> subdivisionNames;
    private final int[] byGeonameId; // place indexes in ascending GeoNames id order

    private Gazetteer(Builder b, String version) {
        this.version = version;
        this.size = b.size;
        this.geonameIds = Arrays.copyOf(b.geonameIds, size);
        this.latitudes = Arrays.copyOf(b.latitudes, size);
        this.longitudes = Arrays.copyOf(b.longitudes, size);
        this.populations = Arrays.copyOf(b.populations, size);
        this.countries = Arrays.copyOf(b.countries, size);
        this.subdivisions = Arrays.copyOf(b.subdivisions, size);
        this.timeZones = Arrays.copyOf(b.timeZones, size);
        this.codes = b.codes.keySet().toArray(String[]::new);
        this.names = b.names.toByteArray();
        this.nameStarts = Arrays.copyOf(b.nameStarts, size + 1);
        this.nameStarts[size] = names.length;
        // sort (key, place) pairs by key bytes, then by place, then canonical before alternate:
        // indexes into the builder's flat arrays, so no array or box per name
        int count = b.keyCount;
        byte[] folded = b.keys.bytes;
        int[] starts = b.keyStarts;
        int[] places = b.keyPlaces;
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        sort(
                order,
                (x, y) -> {
                    int c =
                            Arrays.compareUnsigned(
                                    folded,
                                    starts[x],
                                    starts[x + 1],
                                    folded,
                                    starts[y],
                                    starts[y + 1]);
                    if (c == 0) {
                        c = Integer.compare(places[x] & ~ALTERNATE, places[y] & ~ALTERNATE);
                    }
                    return c != 0
                            ? c
                            : Integer.compare(places[x] & ALTERNATE, places[y] & ALTERNATE);
                });
        ByteSink sink = new ByteSink(b.keys.length());
        this.keyStarts = new int[count + 1];
        this.keyPlaces = new int[count];
        for (int i = 0; i < count; i++) {
            int k = order[i];
            keyStarts[i] = sink.length();
            sink.write(folded, starts[k], starts[k + 1] - starts[k]);
            keyPlaces[i] = places[k];
        }
        keyStarts[count] = sink.length();
        this.keys = sink.toByteArray();
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

    /** Compares two indexes. */
    private interface IndexOrder {
        int compare(int x, int y);
    }

    /** Sorts indexes (stable merge sort: the JDK sorts an int[] only by value). */
    private static void sort(int[] a, IndexOrder order) {
        int[] from = a;
        int[] to = new int[a.length];
        for (int width = 1; width < a.length; width *= 2) {
            for (int lo = 0; lo < a.length; lo += 2 * width) {
                int mid = Math.min(lo + width, a.length);
                int hi = Math.min(lo + 2 * width, a.length);
                int i = lo;
                int j = mid;
                for (int k = lo; k < hi; k++) {
                    to[k] =
                            i < mid && (j >= hi || order.compare(from[i], from[j]) <= 0)
                                    ? from[i++]
                                    : from[j++];
                }
            }
            int[] t = from;
            from = to;
            to = t;
        }
        if (from != a) {
            System.arraycopy(from, 0, a, 0, a.length);
        }
    }

    /**
     * The gazetteer of the classpath resources, loaded once on first use (about a second on the
     * JVM).
     *
     * @throws UncheckedIOException when a resource is missing or malformed (a broken build)
     */
    public static Gazetteer standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Gazetteer STANDARD = load();
    }

    /** Nanoseconds {@link #standard()}'s load took; -1 until it has loaded. */
    private static volatile long standardLoadNanos = -1;

    /**
     * @return how long loading {@link #standard()} took, in nanoseconds (wall clock, on the thread
     *     that first used it), or empty while it has not been loaded; never loads it
     */
    public static OptionalLong standardLoadNanos() {
        long nanos = standardLoadNanos;
        return nanos < 0 ? OptionalLong.empty() : OptionalLong.of(nanos);
    }

    /**
     * The {@link #version()} {@link #standard()} has, without loading it: hashes the resources'
     * bytes (a few milliseconds) rather than building the index (about a second on the JVM), so
     * that a start whose stored places are current leaves the gazetteer unloaded until a place is
     * first looked up.
     *
     * @return the first 16 hex digits of the SHA-256 of both resources, equal to {@code
     *     standard().version()}
     * @throws UncheckedIOException when a resource is missing or cannot be read
     */
    public static String standardVersion() {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream places = resource(PLACES);
                InputStream subdivisions = resource(SUBDIVISIONS)) {
            for (InputStream in : List.of(places, subdivisions)) {
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
                InputStream subdivisions = resource(SUBDIVISIONS)) {
            Gazetteer loaded = read(places, subdivisions);
            standardLoadNanos = System.nanoTime() - start;
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
     * @param subdivisions gzip of {@code subdivisions.tsv}
     * @return the gazetteer, its {@link #version()} the SHA-256 of both streams' bytes
     * @throws IOException on a read error or a malformed line
     */
    static Gazetteer read(InputStream places, InputStream subdivisions) throws IOException {
        MessageDigest sha = sha256();
        Builder b = new Builder();
        try (BufferedReader in = reader(places, sha)) {
            String line;
            int lineNumber = 0;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 9) {
                    throw new IOException(PLACES + " line " + lineNumber + ": 9 fields expected");
                }
                try {
                    b.place(f);
                } catch (RuntimeException e) {
                    throw new IOException(
                            PLACES + " line " + lineNumber + ": " + e.getMessage(), e);
                }
            }
        }
        try (BufferedReader in = reader(subdivisions, sha)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length == 3) {
                    b.subdivision(f[0], f[1], f[2]);
                }
            }
        }
        return new Gazetteer(b, hex(sha));
    }

    private static BufferedReader reader(InputStream gzip, MessageDigest sha) throws IOException {
        InputStream digesting = new java.security.DigestInputStream(gzip, sha);
        return new BufferedReader(
                new InputStreamReader(new GZIPInputStream(digesting), StandardCharsets.UTF_8),
                1 << 16);
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
     *     first, then by population descending; empty when none
     */
    public List<NameMatch> lookup(String name) {
        String key = PlaceNames.fold(name);
        if (key == null || key.isEmpty()) {
            return List.of();
        }
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        Map<Integer, Boolean> found = new LinkedHashMap<>();
        for (int i = lowerBound(k); i < keyPlaces.length && compareKey(i, k) == 0; i++) {
            int place = keyPlaces[i] & ~ALTERNATE;
            boolean alternate = (keyPlaces[i] & ALTERNATE) != 0;
            found.merge(place, alternate, (a, c) -> a && c);
        }
        List<NameMatch> matches = new ArrayList<>(found.size());
        found.forEach((p, alt) -> matches.add(new NameMatch(place(p), alt)));
        matches.sort(
                Comparator.comparing(NameMatch::alternate)
                        .thenComparing(m -> -m.place().population()));
        return matches;
    }

    /**
     * @param prefix the start of a name (folded as {@link PlaceNames#fold})
     * @param limit at most this many
     * @return the most populous places with a name starting so, by population descending
     */
    public List<GazetteerPlace> startingWith(String prefix, int limit) {
        String key = PlaceNames.fold(prefix);
        if (key == null || key.isEmpty()) {
            return List.of();
        }
        byte[] k = key.getBytes(StandardCharsets.UTF_8);
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        List<Integer> candidates = new ArrayList<>();
        for (int i = lowerBound(k); i < keyPlaces.length && startsWith(i, k); i++) {
            int place = keyPlaces[i] & ~ALTERNATE;
            if (seen.add(place)) {
                candidates.add(place);
            }
        }
        return candidates.stream()
                .sorted(Comparator.comparingInt((Integer p) -> -populations[p]))
                .limit(limit)
                .map(this::place)
                .toList();
    }

    /**
     * @param filter which places, by index ({@link #country(int)} and {@link #population(int)} read
     *     it)
     * @return the indexes of the places the filter accepts, for a bounded scan (fuzzy matching)
     */
    public int[] indexes(IntPredicate filter) {
        return java.util.stream.IntStream.range(0, size).filter(filter).toArray();
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

    private int lowerBound(byte[] k) {
        int lo = 0;
        int hi = keyPlaces.length;
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

    /** Growable arrays while reading. */
    private static final class Builder {
        int size;
        int[] geonameIds = new int[131_072];
        float[] latitudes = new float[131_072];
        float[] longitudes = new float[131_072];
        int[] populations = new int[131_072];
        short[] countries = new short[131_072];
        short[] subdivisions = new short[131_072];
        short[] timeZones = new short[131_072];
        final Map<String, Short> codes = new LinkedHashMap<>();
        final ByteSink names = new ByteSink(1 << 21);
        int[] nameStarts = new int[131_072];
        int keyCount;
        final ByteSink keys = new ByteSink(1 << 22); // folded names, UTF-8, back to back
        int[] keyStarts = new int[524_289]; // keyCount + 1
        int[] keyPlaces = new int[524_288];
        final Map<String, List<String>> subdivisionsByName = new HashMap<>();
        final Map<String, String> subdivisionNames = new HashMap<>();

        void place(String[] f) {
            if (size == geonameIds.length) {
                int n = size * 2;
                geonameIds = Arrays.copyOf(geonameIds, n);
                latitudes = Arrays.copyOf(latitudes, n);
                longitudes = Arrays.copyOf(longitudes, n);
                populations = Arrays.copyOf(populations, n);
                countries = Arrays.copyOf(countries, n);
                subdivisions = Arrays.copyOf(subdivisions, n);
                timeZones = Arrays.copyOf(timeZones, n);
                nameStarts = Arrays.copyOf(nameStarts, n + 1);
            }
            int i = size++;
            geonameIds[i] = Integer.parseInt(f[0]);
            nameStarts[i] = names.length();
            names.write(f[1].getBytes(StandardCharsets.UTF_8));
            countries[i] = code(f[3]);
            subdivisions[i] = code(f[4]);
            latitudes[i] = Float.parseFloat(f[5]);
            longitudes[i] = Float.parseFloat(f[6]);
            populations[i] = Integer.parseInt(f[7]);
            timeZones[i] = code(f[8]);
            key(f[1], i, false);
            if (!f[2].isEmpty()) {
                for (String alternate : f[2].split("\\|")) {
                    key(alternate, i, true);
                }
            }
        }

        void key(String name, int place, boolean alternate) {
            String folded = PlaceNames.fold(name);
            if (folded.isEmpty()) {
                return;
            }
            if (keyCount == keyPlaces.length) {
                keyStarts = Arrays.copyOf(keyStarts, keyCount * 2 + 1);
                keyPlaces = Arrays.copyOf(keyPlaces, keyCount * 2);
            }
            keys.write(folded.getBytes(StandardCharsets.UTF_8));
            keyPlaces[keyCount++] = alternate ? place | ALTERNATE : place;
            keyStarts[keyCount] = keys.length();
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
            String v = value.intern();
            Short existing = codes.get(v);
            if (existing != null) {
                return existing;
            }
            if (codes.size() == Short.MAX_VALUE) {
                throw new IllegalStateException("more than 32767 distinct codes");
            }
            short c = (short) codes.size();
            codes.put(v, c);
            return c;
        }
    }

    /** A growable byte array (ByteArrayOutputStream without its synchronisation). */
    private static final class ByteSink {
        private byte[] bytes;
        private int length;

        ByteSink(int capacity) {
            bytes = new byte[capacity];
        }

        void write(byte[] b) {
            write(b, 0, b.length);
        }

        void write(byte[] b, int offset, int count) {
            if (length + count > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
            }
            System.arraycopy(b, offset, bytes, length, count);
            length += count;
        }

        int length() {
            return length;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, length);
        }
    }
}
