package dev.rustyevents.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rustyevents.event.EventFilter;
import dev.rustyevents.place.GeoPoint;
import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.Region;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FilterDescriptionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 8, 19);

    private static FeedSpec describe(EventFilter.Builder filter) {
        return FilterDescription.of(
                filter.build(),
                TODAY,
                slug -> slug.equals("rust-berlin") ? Optional.of("Rust Berlin") : Optional.empty());
    }

    private static EventFilter.Builder upcoming() {
        return EventFilter.builder().from(TODAY);
    }

    @Test
    void shouldNameTheUnfilteredFeedPlainly() {
        FeedSpec spec = describe(upcoming());
        assertEquals("Rust events", spec.name());
        assertEquals("Rust community events listed in This Week in Rust", spec.description());
    }

    @Test
    void shouldNameACountryByItsEnglishName() {
        FeedSpec spec = describe(upcoming().countries(Set.of("DE")));
        assertEquals("Rust events in Germany", spec.name());
        assertEquals(
                "Rust community events in Germany, listed in This Week in Rust",
                spec.description());
    }

    @Test
    void shouldNameADistanceFilterByTheCentreTheRequestGave() {
        FeedSpec spec =
                describe(
                        upcoming()
                                .countries(Set.of("DE"))
                                .near(new GeoPoint(52.52437, 13.41053), 50)
                                .nearName("Berlin"));
        assertEquals("Rust events in Germany within 50 km of Berlin", spec.name());
        assertEquals(
                "Rust community events in Germany within 50 km of Berlin, listed in This Week in"
                        + " Rust",
                spec.description());
        assertEquals(
                "Rust events within 12.5 km of 52.52,13.4",
                describe(upcoming().near(new GeoPoint(52.52, 13.4), 12.5)).name());
    }

    @Test
    void shouldNameModesAsWaysToAttend() {
        assertEquals(
                "Virtual Rust events",
                describe(upcoming().modes(Set.of(Mode.VIRTUAL, Mode.HYBRID))).name());
        assertEquals(
                "Virtual-only Rust events",
                describe(upcoming().modes(Set.of(Mode.VIRTUAL))).name());
        assertEquals("Hybrid Rust events", describe(upcoming().modes(Set.of(Mode.HYBRID))).name());
        assertEquals(
                "Rust events in Europe · in person",
                describe(
                                upcoming()
                                        .regions(Set.of(Region.EUROPE))
                                        .modes(Set.of(Mode.IN_PERSON, Mode.HYBRID)))
                        .name());
        assertEquals(
                "In-person and hybrid Rust community events in Europe, listed in This Week in Rust",
                describe(
                                upcoming()
                                        .regions(Set.of(Region.EUROPE))
                                        .modes(Set.of(Mode.IN_PERSON, Mode.HYBRID)))
                        .description());
        assertEquals(
                "Rust events · in person only",
                describe(upcoming().modes(Set.of(Mode.IN_PERSON))).name());
        assertEquals(
                "Rust events",
                describe(upcoming().modes(Set.of(Mode.values()))).name(),
                "every mode is no mode filter");
    }

    @Test
    void shouldNameAGroupByItsStoredNameAndAnUnknownOneBySlug() {
        assertEquals(
                "Rust events of Rust Berlin",
                describe(upcoming().groupSlugs(Set.of("rust-berlin"))).name());
        assertEquals(
                "Rust events of Rust Berlin or rust-x",
                describe(upcoming().groupSlugs(Set.of("rust-x", "rust-berlin"))).name());
    }

    @Test
    void shouldQuoteTheTextAndNameTheWindowUnlessItIsTheDefault() {
        assertEquals("Rust events matching “async”", describe(upcoming().text("async")).name());
        assertEquals(
                "Rust events in Europe matching “async” · in person · from 2026-09-01 to 2026-09-30",
                describe(
                                EventFilter.builder()
                                        .from(LocalDate.of(2026, 9, 1))
                                        .to(LocalDate.of(2026, 9, 30))
                                        .regions(Set.of(Region.EUROPE))
                                        .modes(Set.of(Mode.IN_PERSON, Mode.HYBRID))
                                        .text("async"))
                        .name());
        assertEquals(
                "Rust events · until 2026-12-31",
                describe(upcoming().to(LocalDate.of(2026, 12, 31))).name());
        assertEquals(
                "Rust community events, from 2026-01-01, listed in This Week in Rust",
                describe(EventFilter.builder().from(LocalDate.of(2026, 1, 1))).description());
    }

    @Test
    void shouldListPlacesCitiesFirstWithOr() {
        assertEquals(
                "Rust events in San Francisco or US-WA or Canada or Germany",
                describe(
                                upcoming()
                                        .cities(Set.of("san francisco"))
                                        .subdivisionCodes(Set.of("US-WA"))
                                        .countries(Set.of("DE", "CA")))
                        .name());
    }

    @Test
    void shouldNameTheNamedFeedsByTheSameRule() {
        assertEquals(
                "Virtual Rust events", NamedFeed.byName("virtual").orElseThrow().spec().name());
        assertEquals(
                "Rust events in North America · in person",
                NamedFeed.byName("north-america").orElseThrow().spec().name());
        assertEquals("Rust events", NamedFeed.all().get(0).spec().name());
    }
}
