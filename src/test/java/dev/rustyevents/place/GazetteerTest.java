package dev.rustyevents.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the service reads of the gazetteer without loading it, and what loading it records. */
class GazetteerTest {

    @Test
    void shouldGiveTheStandardVersionWithoutLoadingAndTheSameAsTheLoadedOne() {
        String unloaded = Gazetteer.standardVersion();
        assertTrue(unloaded.matches("[0-9a-f]{16}"), unloaded);
        assertEquals(Gazetteer.standard().version(), unloaded);
    }

    @Test
    void shouldRecordHowLongLoadingTheStandardGazetteerTook() {
        Gazetteer.standard();
        long nanos = Gazetteer.standardLoadNanos().orElseThrow();
        assertTrue(nanos > 0 && nanos < 120_000_000_000L, nanos + " ns");
    }

    @Test
    void shouldFindEveryPlaceByItsGeonamesIdAndNoOtherId() {
        Gazetteer gazetteer = Gazetteer.standard();
        for (int i = 0; i < gazetteer.size(); i++) {
            GazetteerPlace place = gazetteer.place(i);
            assertEquals(Optional.of(place), gazetteer.byGeonameId(place.geonameId()));
        }
        assertEquals(Optional.empty(), gazetteer.byGeonameId(0));
        assertEquals(Optional.empty(), gazetteer.byGeonameId(Integer.MAX_VALUE));
        assertEquals(
                Optional.of("Berlin"), gazetteer.byGeonameId(2950159).map(GazetteerPlace::name));
    }

    @Test
    void shouldFindANameOnlyWhereItIsWrittenAndCanonicalNamesBeforeAlternates() {
        Gazetteer gazetteer = Gazetteer.standard();
        List<Gazetteer.NameMatch> munich = gazetteer.lookup("münchen");
        assertEquals("Munich", munich.get(0).place().name());
        assertTrue(munich.get(0).alternate(), "München is an alternate name of Munich");
        List<Gazetteer.NameMatch> portland = gazetteer.lookup("PORTLAND");
        assertTrue(
                portland.stream()
                                .filter(m -> !m.alternate() && m.place().country().equals("US"))
                                .count()
                        >= 2,
                "Portland, OR and Portland, ME");
        assertTrue(!portland.get(0).alternate(), "canonical names first");
        assertEquals(List.of(), gazetteer.lookup("xqzvillebergstadt"));
        assertEquals(
                "Berlin",
                gazetteer.startingWith("berl", 1).get(0).name(),
                "the most populous place starting so");
    }
}
