package dev.rustyevents.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The name index {@code tools/gazetteer/build.mjs} writes ({@code names.tsv.gz}, folded in
 * JavaScript) against {@link PlaceNames#fold} in Java: every name and alternate name of {@code
 * places.tsv.gz} folded here must give exactly the index's keys, rows and alternate marks, in the
 * index's order; and a resource that breaks the format is refused with the line that breaks it.
 */
class GazetteerIndexTest {

    @Test
    void shouldHoldExactlyTheJavaFoldOfEveryNameAndAlternateInUtf8ByteOrder() throws IOException {
        // key -> row -> "*" when the row bears it only as an alternate name, "" otherwise
        Map<String, Map<Integer, String>> expected = new TreeMap<>();
        int row = 0;
        for (String line : lines(Gazetteer.PLACES)) {
            String[] f = line.split("\t", -1);
            List<String> alternates = f[2].isEmpty() ? List.of() : List.of(f[2].split("\\|"));
            index(expected, PlaceNames.fold(f[1]), row, "");
            for (String alternate : alternates) {
                index(expected, PlaceNames.fold(alternate), row, "*");
            }
            row++;
        }
        List<String> index = lines(Gazetteer.NAMES);
        assertEquals(expected.size(), index.size(), "distinct keys");
        List<byte[]> keys = new ArrayList<>();
        for (String line : index) {
            String[] f = line.split("\t", -1);
            Map<Integer, String> rows = expected.get(f[0]);
            assertTrue(rows != null, "a key no name of places.tsv folds to in Java: " + f[0]);
            StringBuilder want = new StringBuilder();
            rows.forEach(
                    (r, mark) -> want.append(want.length() == 0 ? "" : ",").append(r).append(mark));
            assertEquals(want.toString(), f[1], "the rows of " + f[0]);
            keys.add(f[0].getBytes(StandardCharsets.UTF_8));
        }
        for (int i = 1; i < keys.size(); i++) {
            assertTrue(
                    Arrays.compareUnsigned(keys.get(i - 1), keys.get(i)) < 0,
                    "sorted by UTF-8 bytes at line " + i);
        }
    }

    private static void index(
            Map<String, Map<Integer, String>> index, String key, int row, String mark) {
        if (key.isEmpty()) {
            return;
        }
        // canonical wins: a name that is also an alternate of the same place is not marked
        index.computeIfAbsent(key, k -> new TreeMap<>())
                .merge(row, mark, (a, b) -> a.isEmpty() ? a : b);
    }

    @Test
    void shouldRefuseAnIndexThatIsNotSortedOrNamesARowThatIsNotThere() {
        String places =
                "# size 2 name-bytes 10\n"
                        + "1\tAlpha\t\tDE\tDE-BE\t52.5\t13.4\t100\tEurope/Berlin\n"
                        + "2\tBravo\t\tDE\tDE-BE\t52.5\t13.4\t50\tEurope/Berlin\n";
        String subdivisions = "DE-BE\tBerlin\tBerlin\n";
        IOException unsorted =
                assertThrows(
                        IOException.class,
                        () ->
                                read(
                                        places,
                                        "# size 2 entries 2 key-bytes 10\nbravo\t1\nalpha\t0\n",
                                        subdivisions));
        assertTrue(
                unsorted.getMessage().contains("line 3: the keys are not sorted"),
                unsorted.getMessage());
        IOException outOfRange =
                assertThrows(
                        IOException.class,
                        () ->
                                read(
                                        places,
                                        "# size 2 entries 2 key-bytes 10\nalpha\t0\nbravo\t2\n",
                                        subdivisions));
        assertTrue(outOfRange.getMessage().contains("line 3: row 2 of 2"), outOfRange.getMessage());
        IOException noSize =
                assertThrows(
                        IOException.class,
                        () -> read(places.substring(places.indexOf('\n') + 1), "", subdivisions));
        assertTrue(
                noSize.getMessage().contains(Gazetteer.PLACES + " line 1: no \"# size\""),
                noSize.getMessage());
    }

    @Test
    void shouldReadASmallGazetteerThroughItsIndex() throws IOException {
        Gazetteer g =
                read(
                        "# size 2 name-bytes 10\n"
                                + "7\tAlpha\tAlef\tDE\tDE-BE\t52.5\t13.4\t100\tEurope/Berlin\n"
                                + "3\tBravo\t\tFR\t\t48.8\t2.3\t50\tEurope/Paris\n",
                        "# size 3 entries 3 key-bytes 14\nalef\t0*\nalpha\t0\nbravo\t1\n",
                        "DE-BE\tBerlin\tBerlin\n");
        assertEquals(2, g.size());
        assertEquals("Alpha", g.lookup("ALEF").get(0).place().name());
        assertTrue(g.lookup("alef").get(0).alternate());
        assertEquals("bravo", g.foldedName(1));
        assertEquals(
                List.of("Bravo"),
                g.startingWith("b", 5).stream().map(GazetteerPlace::name).toList());
        assertEquals(1, g.indexes("FR", 0).length);
        assertEquals(0, g.indexes("FR", 51).length);
        assertEquals("DE-BE", g.byGeonameId(7).orElseThrow().subdivision());
    }

    private static Gazetteer read(String places, String names, String subdivisions)
            throws IOException {
        return Gazetteer.read(gzip(places), gzip(names), gzip(subdivisions));
    }

    private static InputStream gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    /** A resource's lines, comments left out. */
    private static List<String> lines(String resource) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in =
                        GazetteerIndexTest.class.getClassLoader().getResourceAsStream(resource);
                BufferedReader reader =
                        new BufferedReader(
                                new InputStreamReader(
                                        new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }
}
