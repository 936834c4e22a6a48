package dev.rustyevents.scrape.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.scrape.Era;
import dev.rustyevents.scrape.ParseResult;
import dev.rustyevents.scrape.UpcomingEventsParser;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.jsoup.Jsoup;

/**
 * Dates through the listing formats of the eras that write dates ({@link Era#TABLE}: E1 .. E9), in
 * an event line of the era's shape, for issues dated anywhere in the era (the table's dates; the
 * open-ended last era: its first {@value #OPEN_ERA_YEARS} years): a real date near the issue,
 * written the era's way, is read back as that day; a garbage date ({@link Mutations#GARBAGE_DATES},
 * random digits and separators, other scripts' digits) is read as some plausible calendar date or
 * reported, never thrown.
 */
class DateFuzzTest {

    private static final String BASE =
            "https://this-week-in-rust.org/blog/2026/01/07/this-week-in-rust-633/";
    private static final DateTimeFormatter MONTH_DAY =
            DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter FULL_MONTH_DAY =
            DateTimeFormatter.ofPattern("MMMM d", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_DAY_YEAR =
            DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    /** How far into the open-ended last era issue dates are drawn. */
    static final int OPEN_ERA_YEARS = 5;

    private final UpcomingEventsParser parser = new UpcomingEventsParser();

    /** An era's event line: how it writes a date, and the line around the written date. */
    record Shape(Era era, Function<LocalDate, String> write, Function<String, String> line) {
        @Override
        public String toString() {
            return era.id();
        }
    }

    /** A shape and the date of the issue it is read in. */
    record Case(Shape shape, LocalDate issue) {}

    static final List<Shape> SHAPES =
            List.of(
                    shape(
                            "E1",
                            MONTH_DAY::format,
                            d ->
                                    "<li><a href=\"https://e.example/1\">Rust Paris, "
                                            + d
                                            + "</a></li>"),
                    shape(
                            "E2",
                            d -> d.getMonthValue() + "/" + d.getDayOfMonth(),
                            d ->
                                    "<li><a href=\"https://e.example/1\">"
                                            + d
                                            + ". Hannover</a>.</li>"),
                    shape(
                            "E3",
                            MONTH_DAY::format,
                            d ->
                                    "<li><a href=\"https://e.example/1\">"
                                            + d
                                            + ". Rust Toronto - Game Development</a>.</li>"),
                    shape(
                            "E4",
                            MONTH_DAY::format,
                            d ->
                                    "<li><a href=\"https://e.example/1\">"
                                            + d
                                            + ". London, GB - Rust London</a></li>"),
                    shape(
                            "E5",
                            MONTH_DAY::format,
                            d ->
                                    "<h3>Europe</h3><ul><li><a href=\"https://e.example/1\">"
                                            + d
                                            + ". Berlin, DE - Hack and Learn</a>.</li></ul>"),
                    shape(
                            "E6",
                            FULL_MONTH_DAY::format,
                            d ->
                                    "<h3>Online</h3><ul><li><a href=\"https://e.example/1\">"
                                            + d
                                            + ", Edinburgh, UK - Talks - Rust Edinburgh</a></li></ul>"),
                    shape(
                            "E7",
                            MONTH_DAY_YEAR::format,
                            d ->
                                    "<li><a href=\"https://e.example/1\">"
                                            + d
                                            + ", Dallas, TX, US - Rust Dallas</a></li>"),
                    shape(
                            "E8",
                            MONTH_DAY_YEAR::format,
                            d ->
                                    "<li><a href=\"https://e.example/1\">"
                                            + d
                                            + " | Graz, AT | <strong>Async</strong> | Rust Graz</a></li>"),
                    shape(
                            "E9",
                            LocalDate::toString,
                            d ->
                                    "<h3>Europe</h3><ul><li>"
                                            + d
                                            + " | Linz, AT | <a href=\"https://g.example/\">Rust Linz</a><ul><li>"
                                            + "<a href=\"https://e.example/1\"><strong>Rust Meetup</strong></a></li></ul></li></ul>"));

    private static Shape shape(
            String era, Function<LocalDate, String> write, Function<String, String> line) {
        return new Shape(
                Era.byId(era)
                        .orElseThrow(
                                () -> new IllegalStateException("no era " + era + " in Era.TABLE")),
                write,
                line);
    }

    @Property(tries = 700, seed = "7", shrinking = ShrinkingMode.BOUNDED)
    void shouldReadBackARealDateWrittenAsTheEraWritesIt(
            @ForAll("cases") Case c, @ForAll("offsets") int days) {
        LocalDate day = c.issue().plusDays(days);
        ParseResult result = parse(c, c.shape().write().apply(day));
        Invariants.check(result, c.issue());
        assertEquals(1, result.listings().size(), result.problems().toString());
        assertEquals(day, result.listings().get(0).startDate());
    }

    @Property(tries = 1500, seed = "8", shrinking = ShrinkingMode.BOUNDED)
    void shouldReadOrReportAGarbageDate(@ForAll("cases") Case c, @ForAll("garbage") String date) {
        ParseResult result = parse(c, date);
        Invariants.check(result, c.issue());
        assertTrue(
                result.listings().size() + result.problems().size() >= 1,
                "the entry vanished: " + result);
    }

    @Example
    void shouldReportAnIsoDateYearsFromTheIssueAsAProblem() {
        // found by PageFuzzTest: "9999-12-31 | …" in a 2026 issue was a listing (and so an event)
        // of the year 9999
        Shape iso = SHAPES.get(SHAPES.size() - 1);
        LocalDate issue = iso.era().firstIssue();
        Case c = new Case(iso, issue);
        for (String date :
                List.of(
                        "9999-12-31",
                        "0000-01-01",
                        issue.minusYears(UpcomingEventsParser.PLAUSIBLE_YEARS)
                                .minusDays(1)
                                .toString())) {
            ParseResult result = parse(c, date);
            assertEquals(List.of(), result.listings(), date);
            assertEquals(
                    "date "
                            + LocalDate.parse(date)
                            + " lies more than 3 years from the issue date "
                            + issue,
                    result.problems().get(0).reason());
        }
        LocalDate inTwoYears = issue.plusYears(2);
        assertEquals(inTwoYears, parse(c, inTwoYears.toString()).listings().get(0).startDate());
    }

    private ParseResult parse(Case c, String date) {
        String line = c.shape().line().apply(date);
        String html =
                "<h2>Upcoming Events</h2>"
                        + (line.startsWith("<li>") ? "<ul>" + line + "</ul>" : line)
                        + "<h2>Jobs</h2>";
        return Invariants.within(
                () -> parser.parse(Jsoup.parseBodyFragment(html, BASE).body(), c.issue()));
    }

    /**
     * @return a shape, and an issue date anywhere in its era
     */
    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of(SHAPES)
                .flatMap(
                        shape -> {
                            LocalDate first = shape.era().firstIssue();
                            LocalDate last =
                                    shape.era().lastIssue().orElse(first.plusYears(OPEN_ERA_YEARS));
                            return Arbitraries.longs()
                                    .between(0, ChronoUnit.DAYS.between(first, last))
                                    .map(days -> new Case(shape, first.plusDays(days)));
                        });
    }

    @Provide
    Arbitrary<Integer> offsets() {
        // the window a year-less date is inferred in (WrittenDate: 60 days before .. 300 after)
        return Arbitraries.integers().between(-60, 300);
    }

    @Provide
    Arbitrary<String> garbage() {
        Arbitrary<String> months =
                Arbitraries.of(
                        "Jan", "Feb", "February", "Sept", "Oc", "Octover", "Dex", "May", "Mar.");
        Arbitrary<String> numbers =
                Arbitraries.oneOf(
                        Arbitraries.integers().between(-5, 100).map(String::valueOf),
                        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12));
        Arbitrary<String> written =
                Combinators.combine(
                                months,
                                numbers,
                                Arbitraries.of("", " & ", "-", " - ", "/", " to ", "st", "th, "),
                                numbers,
                                Arbitraries.of("", ", ", " "))
                        .as((m, d, sep, e, y) -> m + " " + d + sep + e + y);
        Arbitrary<String> iso =
                Combinators.combine(
                                numbers,
                                numbers,
                                numbers,
                                Arbitraries.of("", " - ", " & ", "-", ", ", " to ", "*"),
                                numbers)
                        .as((y, m, d, sep, e) -> y + "-" + m + "-" + d + sep + e);
        Arbitrary<String> slashed =
                Combinators.combine(numbers, numbers, Arbitraries.of("", " & ", "-"), numbers)
                        .as((m, d, sep, e) -> m + "/" + d + sep + e);
        return Arbitraries.oneOf(
                Arbitraries.of(Mutations.GARBAGE_DATES),
                written,
                iso,
                slashed,
                Arbitraries.strings().withChars("0123456789-/&,. ٠١٢٣٤٥٦٧٨٩０１２").ofMaxLength(20));
    }
}
