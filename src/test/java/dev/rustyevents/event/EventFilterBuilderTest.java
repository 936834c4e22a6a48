package dev.rustyevents.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.place.GeoPoint;
import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.Region;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Named construction of {@link EventFilter}: each component lands where its name says, and a wither
 * changes only its own.
 */
class EventFilterBuilderTest {

    private static final EventFilter FULL =
            EventFilter.builder()
                    .from(LocalDate.of(2026, 1, 1))
                    .to(LocalDate.of(2026, 12, 31))
                    .regions(Set.of(Region.values()[0]))
                    .countries(Set.of("DE"))
                    .subdivisionCodes(Set.of("US-WA"))
                    .cities(Set.of("berlin"))
                    .modes(Set.of(Mode.HYBRID))
                    .groupSlugs(Set.of("rust-berlin"))
                    .text("meetup")
                    .cancelledSince(LocalDate.of(2025, 12, 1))
                    .statuses(Set.of(EventStatus.CONFIRMED))
                    .updatedSince(Instant.parse("2026-01-02T03:04:05Z"))
                    .near(new GeoPoint(52.52, 13.405), 50)
                    .nearName("Berlin")
                    .build();

    @Test
    void shouldPutEachComponentWhereItsNameSays() {
        assertEquals(
                new EventFilter(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        Set.of(Region.values()[0]),
                        Set.of("DE"),
                        Set.of("US-WA"),
                        Set.of("berlin"),
                        Set.of(Mode.HYBRID),
                        Set.of("rust-berlin"),
                        "meetup",
                        LocalDate.of(2025, 12, 1),
                        Set.of(EventStatus.CONFIRMED),
                        Instant.parse("2026-01-02T03:04:05Z"),
                        new GeoPoint(52.52, 13.405),
                        50,
                        "Berlin"),
                FULL);
        assertEquals(FULL, FULL.toBuilder().build());
    }

    @Test
    void shouldMeanAnyForEveryComponentNotSet() {
        EventFilter any = EventFilter.builder().build();
        assertNull(any.from());
        assertTrue(
                any.regions().isEmpty()
                        && any.subdivisionCodes().isEmpty()
                        && any.statuses().isEmpty());
        assertEquals(
                EventFilter.builder().from(LocalDate.of(2026, 1, 1)).build(),
                EventFilter.from(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void shouldChangeOnlyTheComponentAWitherNames() {
        assertEquals(
                FULL.toBuilder().modes(Set.of(Mode.VIRTUAL)).build(),
                FULL.withModes(Set.of(Mode.VIRTUAL)));
        assertEquals(
                FULL.toBuilder().regions(Set.of(Region.values()[1])).build(),
                FULL.withRegion(Region.values()[1]));
        assertEquals(
                FULL.toBuilder().groupSlugs(Set.of("rust-oslo")).build(),
                FULL.withGroup("rust-oslo"));
        assertEquals(
                FULL.toBuilder().statuses(Set.of()).updatedSince(null).build(),
                FULL.withChanges(Set.of(), null));
        assertEquals(FULL.toBuilder().cancelledSince(null).build(), FULL.withCancelledSince(null));
    }

    @Test
    void shouldNotSeeLaterChangesToASetItWasBuiltWith() {
        Set<String> countries = new HashSet<>(Set.of("DE"));
        EventFilter.Builder builder = EventFilter.builder().countries(countries);
        EventFilter built = builder.build();
        countries.add("FR");
        assertEquals(Set.of("DE"), built.countries());
        assertEquals(Set.of("DE", "FR"), builder.build().countries());
    }

    @Test
    void shouldRestrictToConfirmedEventsKeepingEveryOtherCondition() {
        EventFilter delisted = FULL.toBuilder().statuses(Set.of(EventStatus.DELISTED)).build();
        assertEquals(
                FULL.toBuilder().statuses(Set.of(EventStatus.CONFIRMED)).build(),
                delisted.confirmedOnly());
        assertEquals(FULL.updatedSince(), delisted.confirmedOnly().updatedSince());
    }
}
