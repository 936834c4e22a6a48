package dev.rustyevents.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.rustyevents.event.Columns;
import dev.rustyevents.event.Event;
import dev.rustyevents.scrape.Listing;
import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.Region;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What a listing says of an event, and what a later listing may leave out (real TWiR spellings).
 */
class EventFieldsTest {

    private static Listing.Builder vancouver() {
        return Listing.builder()
                .regionHeading("North America")
                .startDate(LocalDate.parse("2026-08-20"))
                .mode(Mode.IN_PERSON)
                .locationRaw("Vancouver, BC, CA")
                .city("Vancouver")
                .subdivision("BC")
                .country("CA")
                .groupName("Vancouver Rust")
                .groupUrl("https://www.meetup.com/vancouver-rust/")
                .title("Rust Study/Hack/Hang-out")
                .eventUrl("https://www.meetup.com/vancouver-rust/events/310000000/");
    }

    @Test
    void shouldReadAListingsFieldsAndItsRegion() {
        Event e = EventFields.of(vancouver().build());
        assertEquals(
                LocalDate.parse("2026-08-20"),
                e.endDate,
                "a one-day listing ends on its first day");
        assertEquals(Region.NORTH_AMERICA, e.region);
        assertEquals("BC", e.subdivision);
    }

    @Test
    void shouldCutValuesToTheirColumns() {
        Event e = EventFields.of(vancouver().title("x".repeat(Columns.TITLE + 5)).build());
        assertEquals(Columns.TITLE, e.title.length());
    }

    @Test
    void shouldKeepASubdivisionALaterListingLeavesOut() {
        Event known = EventFields.of(vancouver().build());
        Event incoming =
                EventFields.of(vancouver().locationRaw("Vancouver, CA").subdivision(null).build());
        EventFields.fillGaps(known, incoming);
        assertEquals("BC", incoming.subdivision);
    }

    @Test
    void shouldKeepThePlaceWhenALaterListingSaysOnlyVirtual() {
        Listing.Builder girona =
                Listing.builder()
                        .regionHeading("Virtual")
                        .startDate(LocalDate.parse("2026-08-27"))
                        .mode(Mode.VIRTUAL)
                        .groupName("Rust Girona")
                        .title("Rust Girona Hack & Learn");
        Event known =
                EventFields.of(
                        girona.locationRaw("Virtual (Girona, ES)")
                                .city("Girona")
                                .country("ES")
                                .build());
        Event incoming =
                EventFields.of(girona.locationRaw("Virtual").city(null).country(null).build());
        EventFields.fillGaps(known, incoming);
        assertEquals("Girona", incoming.city);
        assertEquals("ES", incoming.country);
        assertEquals(Region.EUROPE, incoming.region);
    }

    @Test
    void shouldNotKeepAPlaceWhenTheModeChanged() {
        Event known = EventFields.of(vancouver().build());
        Event incoming =
                EventFields.of(
                        vancouver()
                                .mode(Mode.VIRTUAL)
                                .locationRaw("Virtual")
                                .city(null)
                                .subdivision(null)
                                .country(null)
                                .build());
        EventFields.fillGaps(known, incoming);
        assertNull(incoming.city);
    }

    @Test
    void shouldKeepTheKnownSpellingOfALinkThatDiffersOnlyInForm() {
        Event known = EventFields.of(vancouver().build());
        Event incoming =
                EventFields.of(
                        vancouver()
                                .eventUrl(
                                        "http://meetup.com/vancouver-rust/events/310000000?utm_source=twir")
                                .groupUrl("https://meetup.com/vancouver-rust/events/")
                                .build());
        EventFields.fillGaps(known, incoming);
        assertEquals("https://www.meetup.com/vancouver-rust/events/310000000/", incoming.eventUrl);
        assertEquals("https://www.meetup.com/vancouver-rust/", incoming.groupUrl);
    }

    @Test
    void shouldTakeANewLink() {
        Event known = EventFields.of(vancouver().build());
        Event incoming =
                EventFields.of(
                        vancouver()
                                .eventUrl("https://www.meetup.com/vancouver-rust/events/310000001/")
                                .build());
        EventFields.fillGaps(known, incoming);
        assertEquals("https://www.meetup.com/vancouver-rust/events/310000001/", incoming.eventUrl);
    }
}
