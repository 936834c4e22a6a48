package dev.rustyevents.scrape.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.scrape.IssueRef;
import dev.rustyevents.scrape.LocationParser;
import dev.rustyevents.scrape.SavedPage;
import dev.rustyevents.vocabulary.Mode;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * The parsers of single fields, fed text made of the words they look for (place and mode markers,
 * separators, country names and codes, digits) mixed with any characters: {@link LocationParser}
 * (events column, CFP place, leading place, country), {@link IssueRef#of} (a URL an operator sends
 * to {@code POST /api/admin/issues?url=}) and {@link SavedPage#issueOfText}.
 */
class FieldFuzzTest {

    @Property(tries = 2000, seed = "1", shrinking = ShrinkingMode.BOUNDED)
    void shouldReadAnyLocationColumn(
            @ForAll("columns") String column, @ForAll("headings") String heading) {
        LocationParser.Place place = Invariants.within(() -> LocationParser.parse(column, heading));
        assertNotNull(place);
        Invariants.country(place.country());
        if (column != null && !column.isBlank() && column.length() <= 500) {
            // (a longer column is not read: LocationParser.MAX_COLUMN)
            assertNotNull(
                    place.mode(),
                    "a column with text always says a mode (in person when it names none)");
        }
        LocationParser.Place conference =
                Invariants.within(() -> LocationParser.parseConference(column));
        Invariants.country(conference.country());
        Invariants.within(() -> LocationParser.leadingPlace(column, true));
        Invariants.within(() -> LocationParser.leadingPlace(column, false));
        Invariants.country(Invariants.within(() -> LocationParser.country(column)));
        Mode before =
                Invariants.within(() -> LocationParser.modeFromHeadingOrKeyword(heading, column));
        assertTrue(
                heading == null || heading.isBlank() || before != null,
                "a region heading always says a mode");
    }

    @Property(tries = 1000, seed = "2", shrinking = ShrinkingMode.BOUNDED)
    void shouldTellAnIssueUrlFromAnyOtherText(@ForAll("urls") String url) {
        Optional<IssueRef> ref = Invariants.within(() -> IssueRef.of(url, url));
        ref.ifPresent(
                r -> assertTrue(r.number() >= 0 && r.published() != null && r.url().equals(url)));
    }

    @Property(tries = 500, seed = "3", shrinking = ShrinkingMode.BOUNDED)
    void shouldTellAnIssueFromAnyText(@ForAll("urls") String text) {
        Invariants.within(() -> SavedPage.issueOfText(text, "https://this-week-in-rust.org/"));
    }

    @Example
    void shouldNotTakeAnIssueNumberTooLargeForAnIntForAnIssue() {
        // found by shouldTellAnIssueUrlFromAnyOtherText: Integer.parseInt threw
        // NumberFormatException
        // (a 500 from POST /api/admin/issues?url=) instead of "not an issue's URL" (a 400)
        String url = "https://this-week-in-rust.org/blog/2026/01/07/this-week-in-rust-99999999999/";
        assertEquals(Optional.empty(), IssueRef.of(url, null));
        assertEquals(
                Optional.empty(),
                IssueRef.of(
                        "https://this-week-in-rust.org/blog/2026/01/07/x/",
                        "This Week in Rust 4294967296"));
    }

    @Example
    void shouldNotOverflowTheStackOnALongColumnOfConnectors() {
        // found by shouldReadAnyLocationColumn: "Virtual (and and … x" (a few thousand "and") threw
        // StackOverflowError, an Error that no catch of the parsers or the ingest stops
        String column = "Virtual (" + "and ".repeat(5000) + " x";
        assertEquals(
                new LocationParser.Place(null, null, null, null), LocationParser.parse(column));
        assertEquals(
                new LocationParser.Place(Mode.VIRTUAL, null, null, null),
                LocationParser.parse(column, "Virtual"));
        assertEquals(
                new LocationParser.Place(null, null, null, null),
                LocationParser.parseConference(column));
    }

    @Example
    void shouldNotTakeALoneCommaForAPlace() {
        // found by shouldReadAnyLocationColumn: ", - Title" (an E6/E7 entry "November 26, , -
        // Title")
        // threw ArrayIndexOutOfBoundsException: "," split into no parts
        assertEquals(Optional.empty(), LocationParser.leadingPlace(", - Title", true));
        assertEquals(Optional.empty(), LocationParser.leadingPlace(",, - Title", false));
    }

    @Provide
    Arbitrary<String> columns() {
        Arbitrary<String> words =
                Arbitraries.of(
                        "Virtual",
                        "virtual",
                        "Hybrid",
                        "In-Person",
                        "In Person",
                        "in person",
                        "Online",
                        "remote",
                        "(",
                        ")",
                        ",",
                        ", ",
                        " + ",
                        "+",
                        "&",
                        " and ",
                        "/",
                        ";",
                        ":",
                        "-",
                        " - ",
                        " ",
                        "\u00A0",
                        "Seattle",
                        "WA",
                        "US",
                        "UK",
                        "GB",
                        "CA",
                        "The Netherlands",
                        "Malaysia",
                        "AUS",
                        "Köln",
                        "NSW",
                        "Quebec",
                        "Canada",
                        "XX",
                        "ZZZ",
                        "2026-01-07",
                        "|",
                        "*",
                        "\u0000",
                        "\uD800",
                        "\u0301",
                        "١٢",
                        "");
        Arbitrary<String> any = Arbitraries.strings().ofMaxLength(30);
        return Arbitraries.oneOf(
                        words.list().ofMaxSize(12).map(l -> String.join("", l)),
                        any,
                        Arbitraries.of(",", " - ", "(", "+ ", "and ", "\u0301")
                                .flatMap(
                                        u ->
                                                Arbitraries.integers()
                                                        .between(1000, 20_000)
                                                        .map(
                                                                n ->
                                                                        "Virtual ("
                                                                                + u.repeat(n)
                                                                                + " x")))
                .injectNull(0.02);
    }

    @Provide
    Arbitrary<String> headings() {
        return Arbitraries.of(
                        "Virtual",
                        "Virtual:",
                        "Online",
                        "Europe",
                        "North America",
                        "South America:",
                        "",
                        " ",
                        "\u0000")
                .injectNull(0.3);
    }

    @Provide
    Arbitrary<String> urls() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(14);
        return Arbitraries.oneOf(
                net.jqwik.api.Combinators.combine(digits, digits, digits, digits)
                        .as(
                                (y, m, d, n) ->
                                        "https://this-week-in-rust.org/blog/"
                                                + y
                                                + "/"
                                                + m
                                                + "/"
                                                + d
                                                + "/this-week-in-rust-"
                                                + n
                                                + "/"),
                net.jqwik.api.Combinators.combine(digits, digits)
                        .as(
                                (n, y) ->
                                        "This Week in Rust "
                                                + n
                                                + "\nRusty Events between "
                                                + y
                                                + "-01-07 - 2026-02-04"),
                Arbitraries.strings().ofMaxLength(80));
    }
}
