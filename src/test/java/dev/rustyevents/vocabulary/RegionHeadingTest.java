package dev.rustyevents.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link RegionHeading}: every region heading TWiR has printed, and what it says. */
class RegionHeadingTest {

    @Test
    void shouldReadEveryContinentHeadingAsItsRegion() {
        for (Region region : Region.values()) {
            assertEquals(
                    Optional.of(new RegionHeading(region, false)),
                    RegionHeading.of(region.heading()));
            assertEquals(
                    Optional.of(region), Region.fromHeading(region.heading().toUpperCase() + ":"));
        }
        assertEquals(Optional.of(Region.OCEANIA), Region.fromHeading(" Oceania: "));
        assertEquals(Optional.of(Region.NORTH_AMERICA), Region.fromHeading("North\u00A0 America"));
    }

    @Test
    void shouldTakeVirtualAndOnlineForTheOnlineSection() {
        for (String heading : new String[] {"Virtual", "virtual:", "Online", "ONLINE:"}) {
            assertTrue(RegionHeading.isOnline(heading), heading);
            assertTrue(RegionHeading.isHeading(heading), heading);
            assertEquals(Optional.empty(), Region.fromHeading(heading), heading);
        }
    }

    @Test
    void shouldKnowAsiaPacificAsAHeadingOfNoOneRegion() {
        for (String heading : new String[] {"Asia Pacific", "Asia-Pacific"}) {
            assertEquals(
                    Optional.of(new RegionHeading(null, false)),
                    RegionHeading.of(heading),
                    heading);
            assertFalse(RegionHeading.isOnline(heading), heading);
            assertEquals(Optional.empty(), Region.fromHeading(heading), heading);
        }
    }

    @Test
    void shouldTakeNoOtherTextForARegionHeading() {
        for (String text :
                new String[] {
                    "Jobs", "Quote of the Week", "Upcoming Events", "Europe and Asia", "", " ", null
                }) {
            assertFalse(RegionHeading.isHeading(text), text);
            assertFalse(RegionHeading.isOnline(text), text);
        }
        assertEquals(Optional.of(Region.EUROPE), Region.of(null, "Europe"));
        assertEquals(Optional.of(Region.ASIA), Region.of("JP", "Virtual"));
        assertEquals(Optional.empty(), Region.of(null, "Virtual"));
    }
}
