package dev.rustyevents.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.event.CallForProposals;
import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventStatus;
import dev.rustyevents.event.VisibleFields;
import dev.rustyevents.scrape.Listing;
import dev.rustyevents.vocabulary.Mode;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The subscriber's contract as the one writer keeps it: UIDs, SEQUENCE, LAST-MODIFIED, status. */
class EventWriterTest {

    private static final Instant THEN = Instant.parse("2026-08-05T12:00:00Z");
    private static final Instant NOW = Instant.parse("2026-08-19T12:00:00Z");

    /**
     * The writer's rules that need no store (find, create and persist do; the ingest tests cover
     * them).
     */
    private final EventWriter writer = new EventWriter(null, null);

    /** A real listing of TWiR 665 (Rust Maven's Tauri workshop), as an event. */
    private static Event tauri() {
        Event e =
                EventFields.of(
                        Listing.builder()
                                .position(3)
                                .regionHeading("Virtual")
                                .raw("2026-09-01 | Virtual | Rust Maven")
                                .startDate(LocalDate.parse("2026-09-01"))
                                .mode(Mode.VIRTUAL)
                                .locationRaw("Virtual")
                                .groupName("Rust 🦀 Maven")
                                .groupUrl("https://luma.com/rust-maven")
                                .title(
                                        "Tauri: Cross-Platform desktop applications with Rust and web technologies")
                                .eventUrl("https://luma.com/d9w26vav")
                                .build());
        e.status = EventStatus.CONFIRMED;
        e.sequence = 1;
        e.updatedAt = THEN;
        return e;
    }

    @Test
    void shouldMintTheUidFromTheFirstIdentityKey() {
        // The UID the golden fixture serves for this event (src/test/resources/golden,
        // /api/events/1e7f1042-…).
        assertEquals(
                "1e7f1042-3b20-3b1f-832f-f9893bc0dc0d",
                EventWriter.uid("url:https://luma.com/d9w26vav"));
        assertEquals(
                EventWriter.uid("url:https://luma.com/d9w26vav"),
                EventWriter.uid("url:https://luma.com/d9w26vav"));
        assertFalse(
                EventWriter.uid("cfp:url:https://luma.com/d9w26vav")
                        .equals(EventWriter.uid("url:https://luma.com/d9w26vav")),
                "a call and an event with the same link get different UIDs");
    }

    @Test
    void shouldRaiseSequenceOnceForAVisibleChange() {
        Event stored = tauri();
        Event next = VisibleFields.detached(stored);
        next.startDate = LocalDate.parse("2026-09-02");
        next.endDate = next.startDate;
        assertTrue(writer.change(stored, next, EventStatus.CONFIRMED, false, NOW));
        assertEquals(2, stored.sequence);
        assertEquals(NOW, stored.updatedAt);
        assertEquals(LocalDate.parse("2026-09-02"), stored.startDate);
        assertFalse(
                writer.change(
                        stored,
                        VisibleFields.detached(stored),
                        EventStatus.CONFIRMED,
                        false,
                        NOW.plusSeconds(60)),
                "the same fields again are no change");
        assertEquals(2, stored.sequence);
        assertEquals(NOW, stored.updatedAt);
    }

    @Test
    void shouldNotCountTheLocationAsWrittenAsAChange() {
        Event stored = tauri();
        Event next = VisibleFields.detached(stored);
        next.locationRaw = "Online";
        assertFalse(writer.change(stored, next, EventStatus.CONFIRMED, false, NOW));
        assertEquals(1, stored.sequence);
        assertEquals("Virtual", stored.locationRaw, "nothing is written without a visible change");
    }

    @Test
    void shouldCountDelistingRestoringAndHidingAsChanges() {
        Event stored = tauri();
        writer.delist(stored, NOW);
        assertEquals(EventStatus.DELISTED, stored.status);
        assertEquals(2, stored.sequence);
        assertTrue(
                writer.change(
                        stored, VisibleFields.detached(stored), EventStatus.CONFIRMED, false, NOW));
        assertEquals(EventStatus.CONFIRMED, stored.status);
        assertEquals(3, stored.sequence);
        assertTrue(
                writer.change(
                        stored, VisibleFields.detached(stored), EventStatus.CONFIRMED, true, NOW));
        assertTrue(stored.hidden);
        assertEquals(4, stored.sequence);
    }

    @Test
    void shouldDeriveTheGroupSlugAndSearchTextFromTheFields() {
        Event stored = tauri();
        Event next = VisibleFields.detached(stored);
        next.groupName = "Rust Maven Zürich";
        writer.change(stored, next, EventStatus.CONFIRMED, false, NOW);
        assertEquals("rust-maven-zurich", stored.groupSlug);
        assertTrue(stored.searchText.contains("rust maven zurich"), stored.searchText);
    }

    @Test
    void shouldLetOnlyANewerIssueChangeAnEvent() {
        Event stored = tauri();
        stored.firstIssue = 664;
        stored.lastIssue = 665;
        assertFalse(EventWriter.seenIn(stored, 663));
        assertEquals(663, stored.firstIssue);
        assertEquals(665, stored.lastIssue);
        assertTrue(EventWriter.seenIn(stored, 665), "the same issue read again may write");
        assertTrue(EventWriter.seenIn(stored, 667));
        assertEquals(667, stored.lastIssue);
    }

    @Test
    void shouldWriteACallsNoteWithoutRaisingItsSequence() {
        CallForProposals stored = new CallForProposals();
        stored.name = "RustConf 2026";
        stored.cfpUrl = "https://sessionize.com/rustconf-2026";
        stored.deadline = LocalDate.parse("2026-04-01");
        stored.updatedAt = THEN;
        CallForProposals next = new CallForProposals();
        VisibleFields.copy(stored, next);
        next.note = "deadline year corrected";
        assertFalse(writer.change(stored, next, NOW));
        assertEquals("deadline year corrected", stored.note);
        assertEquals(0, stored.sequence);
        next.deadline = LocalDate.parse("2026-04-15");
        assertTrue(writer.change(stored, next, NOW), "an extended deadline is a change");
        assertEquals(1, stored.sequence);
        assertEquals(NOW, stored.updatedAt);
    }
}
