package dev.rustyevents.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
