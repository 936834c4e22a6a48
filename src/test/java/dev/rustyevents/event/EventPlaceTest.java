package dev.rustyevents.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.rustyevents.vocabulary.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link EventPlace#display}: the one rule for the place in JSON {@code location}, iCalendar
 * LOCATION and the pages. Places as TWiR's location column gives them, split as the parser does
 * (LocationParserTest).
 */
class EventPlaceTest {

    @ParameterizedTest(name = "{5}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                // mode    | city           | sub | country | location column (raw)
                //   | shown
                "IN_PERSON | Indianapolis   | IN  | US      | Indianapolis, IN, US                     | Indianapolis, IN, United States",
                "IN_PERSON | Florence       | -   | IT      | Florence, IT                             | Florence, Italy",
                "IN_PERSON | London         | -   | GB      | London, UK                               | London, United Kingdom",
                "IN_PERSON | Bergen         | -   | NO      | Bergen, No                               | Bergen, Norway",
                "IN_PERSON | Perth          | -   | -       | Perth, WA                                | Perth",
                "IN_PERSON | -              | -   | IT      | Italy                                    | Italy",
                "HYBRID    | Vancouver      | BC  | CA      | Hybrid (Vancouver, BC, CA)               | Vancouver, BC, Canada and online",
                "HYBRID    | München/Munich | -   | DE      | Hybrid - Virtual and In-Person (München/Munich, DE) | München/Munich, Germany and online",
                "HYBRID    | Linz           | -   | AT      | Linz, AT + Virtual                       | Linz, Austria and online",
                "VIRTUAL   | Girona         | -   | ES      | Virtual (Girona, ES)                     | Online",
                "VIRTUAL   | -              | -   | -       | Virtual                                  | Online",
                "VIRTUAL   | -              | -   | -       | -                                        | Online",
            })
    void shouldWriteThePlaceForPeople(
            Mode mode, String city, String subdivision, String country, String raw, String shown) {
        assertEquals(shown, EventPlace.display(mode, city, subdivision, country, raw));
    }

    @Test
    void shouldShowTwirsTextWhenNothingWasParsed() {
        assertEquals(
                "Various - EMEA",
                EventPlace.display(Mode.IN_PERSON, null, null, null, "Various - EMEA"));
        assertEquals("São Paulo, SP", EventPlace.display(null, null, null, null, "São Paulo, SP"));
        // The raw column already says hybrid: no " and online" after it.
        assertEquals(
                "Hybrid (EU/UK)",
                EventPlace.display(Mode.HYBRID, null, null, null, "Hybrid (EU/UK)"));
    }

    @Test
    void shouldPreferTheParsedPlaceToTwirsText() {
        assertEquals(
                "Seattle, WA, United States",
                EventPlace.display(
                        Mode.IN_PERSON,
                        "Seattle",
                        "WA",
                        "US",
                        "Virtual and In-Person (Seattle, WA, US)"));
    }

    @Test
    void shouldTreatAnUnknownModeAsAPlace() {
        // Listings before 2018 say nothing of the mode: the place is shown as it is.
        assertEquals("Toulouse, France", EventPlace.display(null, "Toulouse", null, "FR", null));
    }

    @Test
    void shouldNameACountryByItsCodeInAnyCaseAndKeepAnUnknownCode() {
        assertEquals(
                "Berlin, Germany", EventPlace.display(Mode.IN_PERSON, "Berlin", null, "de", null));
        // UK is not an ISO 3166-1 code (the parser turns TWiR's UK into GB): shown as written.
        assertEquals("London, UK", EventPlace.display(Mode.IN_PERSON, "London", null, "UK", null));
    }

    @Test
    void shouldReturnNullWhenNothingIsKnown() {
        assertNull(EventPlace.display(Mode.IN_PERSON, null, null, null, null));
        assertNull(EventPlace.display(Mode.HYBRID, null, null, null, null));
        assertNull(EventPlace.display(null, null, null, null, null));
    }

    @Test
    void shouldReadTheFieldsOfAnEvent() {
        Event e = new Event();
        e.mode = Mode.HYBRID;
        e.city = "Seattle";
        e.subdivision = "WA";
        e.country = "US";
        e.locationRaw = "Hybrid (Seattle, WA, US)";
        assertEquals("Seattle, WA, United States and online", EventPlace.display(e));
        e.mode = Mode.VIRTUAL;
        assertEquals("Online", EventPlace.display(e));
    }

    @Test
    void shouldReadTheFieldsOfACallForProposals() {
        // Issue 649's CFP line: "NDC Techtown | 2026-05-03 | Kongsberg, Norway | 2026-09-21 to 23."
        CallForProposals call = new CallForProposals();
        call.mode = Mode.IN_PERSON;
        call.city = "Kongsberg";
        call.country = "NO";
        call.locationRaw = "Kongsberg, Norway";
        assertEquals("Kongsberg, Norway", EventPlace.display(call));
        call.mode = Mode.VIRTUAL;
        assertEquals("Online", EventPlace.display(call));
    }
}
