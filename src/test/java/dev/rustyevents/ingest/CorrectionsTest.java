package dev.rustyevents.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventCorrection;
import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.Region;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rule of an operator's correction ({@link Corrections}): applied to an event's fields, what
 * follows from a corrected field (the length kept, the region), and revised (undone or replaced)
 * back to what TWiR listed. Events as issues 611, 623, 629 and 665 list them.
 */
class CorrectionsTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    /** Issue 629: Indy Rust's January meeting, one day, virtual. */
    private static Event indy() {
        Event e = new Event();
        e.title = "Indy.rs - with Social Distancing";
        e.startDate = day("2026-01-07");
        e.endDate = day("2026-01-07");
        e.mode = Mode.VIRTUAL;
        e.city = "Indianapolis";
        e.subdivision = "IN";
        e.country = "US";
        e.region = Region.NORTH_AMERICA;
        e.locationRaw = "Virtual (Indianapolis, IN, US)";
        e.groupName = "Indy Rust";
        e.groupUrl = "https://www.meetup.com/indyrs/events/";
        e.eventUrl = "https://www.meetup.com/indyrs/events/312102790/";
        return e;
    }

    /** Issue 623: Rustlab 2025, three days in Florence. */
    private static Event rustlab() {
        Event e = new Event();
        e.title = "Rustlab 2025";
        e.startDate = day("2025-11-02");
        e.endDate = day("2025-11-04");
        e.mode = Mode.IN_PERSON;
        e.city = "Florence";
        e.country = "IT";
        e.region = Region.EUROPE;
        e.locationRaw = "Florence, IT";
        e.groupName = "Rustlab 2025";
        e.groupUrl = "https://rustlab.it/";
        e.eventUrl = "https://rustlab.it/";
        return e;
    }

    /** Issue 665: Rust Girona's weekly session, "Virtual" without a place, no region. */
    private static Event girona() {
        Event e = new Event();
        e.title = "Sessió setmanal de codificació / Weekly coding session";
        e.startDate = day("2026-08-21");
        e.endDate = day("2026-08-21");
        e.mode = Mode.VIRTUAL;
        e.locationRaw = "Virtual";
        e.groupName = "Rust Girona";
        e.groupUrl = "https://luma.com/rust-girona";
        e.eventUrl = "https://luma.com/1bm27cah";
        return e;
    }

    private static EventCorrection correction() {
        return new EventCorrection();
    }

    // --- apply -------------------------------------------------------------------------------

    @Test
    void shouldMoveAMultiDayEventKeepingItsLength() {
        Event e = rustlab();
        EventCorrection c = correction();
        c.startDate = day("2025-11-09");
        Corrections.apply(c, e);
        assertEquals(day("2025-11-09"), e.startDate);
        assertEquals(day("2025-11-11"), e.endDate, "three days still");
    }

    @Test
    void shouldMoveAOneDayEventToAnotherOneDay() {
        // CorrectionResourceTest: "moved a day (the group's page)".
        Event e = indy();
        EventCorrection c = correction();
        c.startDate = day("2026-01-08");
        Corrections.apply(c, e);
        assertEquals(day("2026-01-08"), e.startDate);
        assertEquals(day("2026-01-08"), e.endDate);
    }

    @Test
    void shouldTakeBothCorrectedDatesAsTheyAre() {
        Event e = rustlab();
        EventCorrection c = correction();
        c.startDate = day("2025-11-03");
        c.endDate = day("2025-11-07");
        Corrections.apply(c, e);
        assertEquals(day("2025-11-03"), e.startDate);
        assertEquals(day("2025-11-07"), e.endDate);
    }

    @Test
    void shouldMoveOnlyTheLastDayWhenOnlyItIsCorrected() {
        Event e = rustlab();
        EventCorrection c = correction();
        c.endDate = day("2025-11-03");
        Corrections.apply(c, e);
        assertEquals(day("2025-11-02"), e.startDate);
        assertEquals(day("2025-11-03"), e.endDate);
    }

    @Test
    void shouldMakeALastDayBeforeTheFirstTheFirstDay() {
        Event e = rustlab();
        EventCorrection c = correction();
        c.endDate = day("2025-11-01");
        Corrections.apply(c, e);
        assertEquals(day("2025-11-02"), e.startDate);
        assertEquals(day("2025-11-02"), e.endDate);
    }

    @Test
    void shouldMakeACorrectedLastDayThatTwirsMovedFirstDayOvertookTheFirstDay() {
        // The operator set Rustlab's last day to 2025-11-05; a later issue moves it to
        // 2025-11-09..11.
        EventCorrection c = correction();
        c.endDate = day("2025-11-05");
        Event incoming = rustlab();
        incoming.startDate = day("2025-11-09");
        incoming.endDate = day("2025-11-11");
        Corrections.apply(c, incoming);
        assertEquals(day("2025-11-09"), incoming.startDate);
        assertEquals(day("2025-11-09"), incoming.endDate);
    }

    @Test
    void shouldSetTheRegionOfACorrectedCountry() {
        Event e = girona();
        EventCorrection c = correction();
        c.city = "Girona";
        c.country = "ES";
        Corrections.apply(c, e);
        assertEquals("ES", e.country);
        assertEquals(Region.EUROPE, e.region);

        Event indy = indy();
        EventCorrection il = correction();
        il.country = "IL";
        Corrections.apply(il, indy);
        assertEquals(
                Region.ASIA, indy.region, "the region follows the country, not the old region");
    }

    @Test
    void shouldLeaveTheRegionWhenTheCountryIsNotCorrected() {
        Event e = indy();
        EventCorrection c = correction();
        c.city = "Carmel";
        c.mode = Mode.HYBRID;
        Corrections.apply(c, e);
        assertEquals("Carmel", e.city);
        assertEquals(Mode.HYBRID, e.mode);
        assertEquals(Region.NORTH_AMERICA, e.region);
        assertEquals("US", e.country);
    }

    @Test
    void shouldReplaceTheCorrectedFieldsOnly() {
        Event e = indy();
        EventCorrection c = correction();
        c.title = "Indy.rs: Rust social";
        c.groupName = "Indy.rs";
        c.eventUrl = "https://www.meetup.com/indyrs/events/312102791/";
        Corrections.apply(c, e);
        assertEquals("Indy.rs: Rust social", e.title);
        assertEquals("Indy.rs", e.groupName);
        assertEquals("https://www.meetup.com/indyrs/events/312102791/", e.eventUrl);
        Event untouched = indy();
        assertEquals(untouched.startDate, e.startDate);
        assertEquals(untouched.endDate, e.endDate);
        assertEquals(untouched.city, e.city);
        assertEquals(untouched.subdivision, e.subdivision);
        assertEquals(untouched.groupUrl, e.groupUrl);
        assertEquals(untouched.locationRaw, e.locationRaw, "not a field a correction sets");
    }

    @Test
    void shouldChangeNothingWithoutACorrectionOrWithOnlyHidden() {
        for (EventCorrection c : new EventCorrection[] {null, correction(), hiddenOnly()}) {
            Event e = rustlab();
            Corrections.apply(c, e);
            assertEquals(rustlab().title, e.title);
            assertEquals(day("2025-11-02"), e.startDate);
            assertEquals(day("2025-11-04"), e.endDate);
            assertEquals(Region.EUROPE, e.region);
            assertFalse(e.hidden, "hidden lives on the event; apply does not set it");
        }
    }

    private static EventCorrection hiddenOnly() {
        EventCorrection c = correction();
        c.hidden = true;
        c.note = "not a Rust conference";
        return c;
    }

    // --- correctsAnyField / correctsDates ----------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "title",
                "startDate",
                "endDate",
                "mode",
                "city",
                "subdivision",
                "country",
                "groupName",
                "groupUrl",
                "eventUrl"
            })
    void shouldCountEveryFieldAsACorrection(String field) {
        assertTrue(Corrections.correctsAnyField(correcting(field)), field);
    }

    private static EventCorrection correcting(String field) {
        EventCorrection c = correction();
        switch (field) {
            case "title" -> c.title = "Rustlab";
            case "startDate" -> c.startDate = day("2025-11-03");
            case "endDate" -> c.endDate = day("2025-11-05");
            case "mode" -> c.mode = Mode.HYBRID;
            case "city" -> c.city = "Firenze";
            case "subdivision" -> c.subdivision = "FI";
            case "country" -> c.country = "IT";
            case "groupName" -> c.groupName = "Rustlab";
            case "groupUrl" -> c.groupUrl = "https://rustlab.it/";
            case "eventUrl" -> c.eventUrl = "https://rustlab.it/2025";
            default -> throw new IllegalArgumentException(field);
        }
        return c;
    }

    @Test
    void shouldNotCountHiddenOrANoteAsAFieldCorrection() {
        assertFalse(Corrections.correctsAnyField(null));
        assertFalse(Corrections.correctsAnyField(correction()));
        assertFalse(Corrections.correctsAnyField(hiddenOnly()));
    }

    @Test
    void shouldTellWhetherACorrectionMovesTheDays() {
        assertTrue(Corrections.correctsDates(correcting("startDate")));
        assertTrue(Corrections.correctsDates(correcting("endDate")));
        for (String field : new String[] {"title", "mode", "city", "country", "eventUrl"}) {
            assertFalse(Corrections.correctsDates(correcting(field)), field);
        }
        assertFalse(Corrections.correctsDates(null));
        assertFalse(Corrections.correctsDates(hiddenOnly()));
    }

    // --- revise ------------------------------------------------------------------------------

    private static Supplier<Event> notAsked() {
        return () -> {
            throw new AssertionError("TWiR's listing was asked for although nothing was corrected");
        };
    }

    @Test
    void shouldRestoreTwirsValuesWhenACorrectionIsUndone() {
        EventCorrection before = correction();
        before.title = "Indy.rs: Rust social";
        before.startDate = day("2026-01-08");
        Event stored = indy();
        Corrections.apply(before, stored);

        Event next = Corrections.revise(stored, before, null, CorrectionsTest::indy);
        assertEquals("Indy.rs - with Social Distancing", next.title);
        assertEquals(day("2026-01-07"), next.startDate);
        assertEquals(day("2026-01-07"), next.endDate);
        assertNotSame(stored, next);
        assertEquals("Indy.rs: Rust social", stored.title, "the stored event is not changed");
    }

    @Test
    void shouldRestoreBothDaysWhenOnlyTheFirstWasCorrected() {
        EventCorrection before = correction();
        before.startDate = day("2025-11-09");
        Event stored = rustlab();
        Corrections.apply(before, stored);
        assertEquals(day("2025-11-11"), stored.endDate);

        Event next = Corrections.revise(stored, before, null, CorrectionsTest::rustlab);
        assertEquals(day("2025-11-02"), next.startDate);
        assertEquals(day("2025-11-04"), next.endDate);
    }

    @Test
    void shouldRestoreTheRegionWithTheCountry() {
        EventCorrection before = correction();
        before.country = "ES";
        Event stored = girona();
        Corrections.apply(before, stored);
        assertEquals(Region.EUROPE, stored.region);

        Event next = Corrections.revise(stored, before, null, CorrectionsTest::girona);
        assertEquals(null, next.country);
        assertEquals(null, next.region, "TWiR listed it under Virtual, without a place");
    }

    @Test
    void shouldKeepTheStoredValueOfFieldsTheOldCorrectionDidNotSet() {
        EventCorrection before = correction();
        before.title = "Indy.rs: Rust social";
        Event stored = indy();
        Corrections.apply(before, stored);
        Event listed = indy();
        listed.city = "Indy"; // what TWiR's replayed listings say differs ...
        listed.eventUrl = "https://www.meetup.com/indyrs/events/312102790";

        Event next = Corrections.revise(stored, before, null, () -> listed);
        assertEquals("Indy.rs - with Social Distancing", next.title);
        assertEquals("Indianapolis", next.city, "... but only what the correction set goes back");
        assertEquals("https://www.meetup.com/indyrs/events/312102790/", next.eventUrl);
    }

    @Test
    void shouldReplaceOneCorrectionByAnother() {
        EventCorrection before = correction();
        before.title = "Rustlab 2025 (Florence)";
        before.startDate = day("2025-11-09");
        Event stored = rustlab();
        Corrections.apply(before, stored);
        EventCorrection after = correction();
        after.city = "Firenze";
        after.endDate = day("2025-11-05");

        Event next = Corrections.revise(stored, before, after, CorrectionsTest::rustlab);
        assertEquals("Rustlab 2025", next.title, "the old correction's title is gone");
        assertEquals(day("2025-11-02"), next.startDate, "TWiR's first day back");
        assertEquals(day("2025-11-05"), next.endDate, "the new last day");
        assertEquals("Firenze", next.city);
    }

    @Test
    void shouldApplyANewCorrectionWithoutAskingForTwirsListing() {
        EventCorrection after = correction();
        after.startDate = day("2025-11-09");
        Event next = Corrections.revise(rustlab(), null, after, notAsked());
        assertEquals(day("2025-11-09"), next.startDate);
        assertEquals(day("2025-11-11"), next.endDate);
    }

    @Test
    void shouldNotAskForTwirsListingWhenTheOldCorrectionOnlyHid() {
        Event stored = rustlab();
        stored.title = "Rustlab 2025 (stored)";
        Event next = Corrections.revise(stored, hiddenOnly(), null, notAsked());
        assertEquals("Rustlab 2025 (stored)", next.title);
        assertEquals(day("2025-11-02"), next.startDate);
        assertEquals(day("2025-11-04"), next.endDate);
    }
}
