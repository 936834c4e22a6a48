package dev.rustyevents.scrape.fuzz;

import dev.rustyevents.scrape.Listing;
import dev.rustyevents.scrape.ParseResult;
import dev.rustyevents.scrape.UpcomingEventsParser;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.jsoup.Jsoup;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dates through the listing formats of every era (TRUTH-FORMAT.md E1 .. E9), in an event line
 * of the era's shape: a real date near the issue, written the era's way, is read back as that
 * day; a garbage date ({@link Mutations#GARBAGE_DATES}, random digits and separators, other
 * scripts' digits) is read as some plausible calendar date or reported, never thrown.
 */
class DateFuzzTest {

    private static final String BASE = "https://this-week-in-rust.org/blog/2026/01/07/this-week-in-rust-633/";
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_DAY_YEAR = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private final UpcomingEventsParser parser = new UpcomingEventsParser();

    /** An era: an issue date in it and its event line around a written date. */
    record Era(String name, LocalDate issue, Function<LocalDate, String> write, Function<String, String> line) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Era> ERAS = List.of(
            new Era("E1", LocalDate.of(2015, 1, 5), MONTH_DAY::format,
                    d -> "<li><a href=\"https://e.example/1\">Rust Paris, " + d + "</a></li>"),
            new Era("E2", LocalDate.of(2015, 12, 28), d -> d.getMonthValue() + "/" + d.getDayOfMonth(),
                    d -> "<li><a href=\"https://e.example/1\">" + d + ". Hannover</a>.</li>"),
            new Era("E3", LocalDate.of(2017, 10, 24), MONTH_DAY::format,
                    d -> "<li><a href=\"https://e.example/1\">" + d + ". Rust Toronto - Game Development</a>.</li>"),
            new Era("E5", LocalDate.of(2019, 12, 31), MONTH_DAY::format,
                    d -> "<h3>Europe</h3><ul><li><a href=\"https://e.example/1\">" + d + ". Berlin, DE - Hack and Learn</a>.</li></ul>"),
            new Era("E7", LocalDate.of(2021, 6, 16), MONTH_DAY_YEAR::format,
                    d -> "<li><a href=\"https://e.example/1\">" + d + ", Dallas, TX, US - Rust Dallas</a></li>"),
            new Era("E8", LocalDate.of(2022, 2, 23), MONTH_DAY_YEAR::format,
                    d -> "<li><a href=\"https://e.example/1\">" + d + " | Graz, AT | <strong>Async</strong> | Rust Graz</a></li>"),
            new Era("E9", LocalDate.of(2026, 1, 7), LocalDate::toString,
                    d -> "<h3>Europe</h3><ul><li>" + d + " | Linz, AT | <a href=\"https://g.example/\">Rust Linz</a><ul><li>"
                            + "<a href=\"https://e.example/1\"><strong>Rust Meetup</strong></a></li></ul></li></ul>"));

    @Property(tries = 700, seed = "7", shrinking = ShrinkingMode.BOUNDED)
    void shouldReadBackARealDateWrittenAsTheEraWritesIt(@ForAll("eras") Era era, @ForAll("offsets") int days) {
        LocalDate day = era.issue().plusDays(days);
        ParseResult result = parse(era, era.write().apply(day));
        Invariants.check(result, era.issue());
        assertEquals(1, result.listings().size(), result.problems().toString());
        assertEquals(day, result.listings().get(0).startDate());
    }

    @Property(tries = 1500, seed = "8", shrinking = ShrinkingMode.BOUNDED)
    void shouldReadOrReportAGarbageDate(@ForAll("eras") Era era, @ForAll("garbage") String date) {
        ParseResult result = parse(era, date);
        Invariants.check(result, era.issue());
        assertTrue(result.listings().size() + result.problems().size() >= 1, "the entry vanished: " + result);
    }

    @Example
    void shouldReportAnIsoDateYearsFromTheIssueAsAProblem() {
        // found by PageFuzzTest: "9999-12-31 | …" in a 2026 issue was a listing (and so an event) of the year 9999
        for (String date : List.of("9999-12-31", "0000-01-01", "2019-01-07")) {
            ParseResult result = parse(ERAS.get(6), date);
            assertEquals(List.of(), result.listings(), date);
            assertEquals("date " + LocalDate.parse(date) + " lies more than 3 years from the issue date 2026-01-07",
                    result.problems().get(0).reason());
        }
        assertEquals(LocalDate.of(2028, 1, 7), parse(ERAS.get(6), "2028-01-07").listings().get(0).startDate());
    }

    private ParseResult parse(Era era, String date) {
        String line = era.line().apply(date);
        String html = "<h2>Upcoming Events</h2>" + (line.startsWith("<li>") ? "<ul>" + line + "</ul>" : line) + "<h2>Jobs</h2>";
        return Invariants.within(() -> parser.parse(Jsoup.parseBodyFragment(html, BASE).body(), era.issue()));
    }

    @Provide
    Arbitrary<Era> eras() {
        return Arbitraries.of(ERAS);
    }

    @Provide
    Arbitrary<Integer> offsets() {
        // the window a year-less date is inferred in (WrittenDate: 60 days before .. 300 after)
        return Arbitraries.integers().between(-60, 300);
    }

    @Provide
    Arbitrary<String> garbage() {
        Arbitrary<String> months = Arbitraries.of("Jan", "Feb", "February", "Sept", "Oc", "Octover", "Dex", "May", "Mar.");
        Arbitrary<String> numbers = Arbitraries.oneOf(Arbitraries.integers().between(-5, 100).map(String::valueOf),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12));
        Arbitrary<String> written = Combinators.combine(months, numbers, Arbitraries.of("", " & ", "-", " - ", "/", " to ", "st", "th, "),
                numbers, Arbitraries.of("", ", ", " ")).as((m, d, sep, e, y) -> m + " " + d + sep + e + y);
        Arbitrary<String> iso = Combinators.combine(numbers, numbers, numbers, Arbitraries.of("", " - ", " & ", "-", ", ", " to ", "*"),
                numbers).as((y, m, d, sep, e) -> y + "-" + m + "-" + d + sep + e);
        Arbitrary<String> slashed = Combinators.combine(numbers, numbers, Arbitraries.of("", " & ", "-"), numbers)
                .as((m, d, sep, e) -> m + "/" + d + sep + e);
        return Arbitraries.oneOf(Arbitraries.of(Mutations.GARBAGE_DATES), written, iso, slashed,
                Arbitraries.strings().withChars("0123456789-/&,. ٠١٢٣٤٥٦٧٨٩０１２").ofMaxLength(20));
    }
}
