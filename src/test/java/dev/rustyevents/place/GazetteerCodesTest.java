package dev.rustyevents.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The gazetteer resource's ISO 3166-2 codes (built by {@code tools/gazetteer/build.mjs}) are
 * current ones: every place's code is in the subdivision list, which holds only the codes of the
 * current ISO 3166-2 list (npm {@code iso-3166}), and none of the codes ISO withdrew that the first
 * build carried (the Czech letter codes replaced in 2011, Taiwan's FIPS-based mapping).
 */
class GazetteerCodesTest {

    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    @Test
    void shouldGiveEveryPlaceACodeOfTheSubdivisionList() {
        List<String> unknown = new ArrayList<>();
        int coded = 0;
        for (int i : GAZETTEER.indexes(i -> true)) {
            GazetteerPlace p = GAZETTEER.place(i);
            if (p.subdivision() == null) {
                continue;
            }
            coded++;
            if (!p.subdivision().startsWith(p.country() + "-")
                    || GAZETTEER.subdivisionName(p.subdivision()).isEmpty()) {
                unknown.add(p.geonameId() + " " + p.name() + " " + p.subdivision());
            }
        }
        assertEquals(List.of(), unknown.stream().limit(20).toList(), unknown.size() + " unknown");
        assertTrue(coded > 115_000, "places with a code: " + coded);
    }

    @Test
    void shouldCarryNoWithdrawnCode() {
        Set<String> withdrawn =
                Set.of("CZ-PR", "CZ-JM", "CZ-ST", "CZ-712", "CN-11", "CN-53", "IN-OR", "ZA-GT");
        for (String code : withdrawn) {
            assertTrue(GAZETTEER.subdivisionName(code).isEmpty(), code + " is listed");
        }
        for (int i : GAZETTEER.indexes(i -> true)) {
            String code = GAZETTEER.place(i).subdivision();
            assertTrue(code == null || !withdrawn.contains(code), code);
        }
        assertEquals(java.util.Optional.of("TW-TPE"), capital("Taipei", "TW"));
        assertEquals(java.util.Optional.of("CZ-10"), capital("Prague", "CZ"));
        assertEquals(java.util.Optional.of("CN-BJ"), capital("Beijing", "CN"));
    }

    private static java.util.Optional<String> capital(String name, String country) {
        return GAZETTEER.lookup(name).stream()
                .map(Gazetteer.NameMatch::place)
                .filter(p -> p.country().equals(country))
                .findFirst()
                .map(GazetteerPlace::subdivision);
    }
}
