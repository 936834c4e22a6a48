package dev.rustyevents.scrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ISO-era date forms of {@link IsoDateRange}, on lines as TWiR printed them (truth files of the
 * issues named; the CFP lines from the "CFP - Events" section).
 */
class IsoDateRangeTest {

    private static IsoDateRange parse(String line) throws IsoDateRange.InvalidDateException {
        return IsoDateRange.parse(line)
                .orElseThrow(() -> new AssertionError("no date at the start of: " + line));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            quoteCharacter = '"',
            value = {
                // line (up to the first column)                      | start      | end        |
                // rest of the line
                "\"2023-08-09 | Virtual (New York, NY, US)\"            | 2023-08-09 | -          | \" | Virtual (New York, NY, US)\"", // 507
                "\"2025-11-02 - 2025-11-04 | Florence, IT\"             | 2025-11-02 | 2025-11-04 | \" | Florence, IT\"", // 623
                "\"2024-05-07 & 2024-05-08 | Delft, NL\"                | 2024-05-07 | 2024-05-08 | \" | Delft, NL\"", // 543
                "\"2025-09-02 * 2025-09-05 | Hybrid (Seattle, WA, US)\" | 2025-09-02 | 2025-09-05 | \" | Hybrid (Seattle, WA, US)\"", // 611
                "\"2024-03-26, 2024-03-28 | London, UK\"                | 2024-03-26 | 2024-03-28 | \" | London, UK\"", // 535
                "\"2024-01-27-28 | Calgary, AB, CA\"                    | 2024-01-27 | 2024-01-28 | \" | Calgary, AB, CA\"", // 529
                "\"2022-05-19 & 05-20 | Berlin, DE\"                    | 2022-05-19 | 2022-05-20 | \" | Berlin, DE\"", // 441
                "\"2023-10-9 | Sydney, NSW, AU\"                        | 2023-10-09 | -          | \" | Sydney, NSW, AU\"", // 517
                "\"2026-08-20 - 2026-08-22 | Seattle, WA, US\"          | 2026-08-20 | 2026-08-22 | \" | Seattle, WA, US\"",
                "\"2026-08-30 - 09-01 | Virtual\"                       | 2026-08-30 | 2026-09-01 | \" | Virtual\"", // across a month end
                "\"2026-12-30 - 2027-01-02 | Virtual\"                  | 2026-12-30 | 2027-01-02 | \" | Virtual\"", // across a year end
                "\"2026-09-21 to 23.\"                                  | 2026-09-21 | 2026-09-23 | .", // CFP, 649
                "\"2025-10-09–2025-10-10\"                              | 2025-10-09 | 2025-10-10 | \"\"", // CFP, 589
                "\"2026-10-14 – 2026-10-17\"                            | 2026-10-14 | 2026-10-17 | \"\"", // CFP, 649
                "\"2024-02-29 | Virtual\"                               | 2024-02-29 | -          | \" | Virtual\"", // a leap day
            })
    void shouldReadTheDatesAndWhereTheyEnd(String line, LocalDate start, LocalDate end, String rest)
            throws Exception {
        IsoDateRange range = parse(line);
        assertEquals(start, range.start(), "start");
        assertEquals(end, range.end(), "end");
        assertEquals(rest, line.substring(range.length()), "the line after the date");
    }

    @Test
    void shouldTakeTheSameDateWrittenTwiceAsOneDay() throws Exception {
        IsoDateRange range = parse("2026-05-19 - 2026-05-19 | Utrecht, NL");
        assertEquals(LocalDate.of(2026, 5, 19), range.start());
        assertEquals(null, range.end(), "a one-day entry has no end");
        assertEquals("2026-05-19 - 2026-05-19".length(), range.length());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2023-02-30 | Virtual", // no 30 February
                "2023-02-29 | Virtual", // not a leap year
                "2026-13-01 | Virtual",
                "2026-00-10 | Virtual",
                "2026-04-31 | Virtual",
                "2026-08-20 - 2026-08-32 | Virtual", // a second date that does not exist
                "2026-08-30 - 02-30 | Virtual",
            })
    void shouldRejectDatesThatDoNotExist(String line) {
        assertTrue(IsoDateRange.startsWithDate(line), "looks like a date: " + line);
        assertThrows(IsoDateRange.InvalidDateException.class, () -> IsoDateRange.parse(line));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-08-22 - 2026-08-20 | Virtual",
                "2026-08-22 - 20 | Virtual",
                "2026-09-01 - 2025-09-02 | Virtual",
            })
    void shouldRejectASecondDateBeforeTheFirst(String line) {
        IsoDateRange.InvalidDateException e =
                assertThrows(
                        IsoDateRange.InvalidDateException.class, () -> IsoDateRange.parse(line));
        assertTrue(e.getMessage().contains("before"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Virtual | 2026-08-20", // not at the start
                "Nov 17. Toulouse, FR - Capitole du Libre 2018",
                "10/12. Seattle Rust Meetup",
                "20260820 | Virtual",
                "2026-0820 | Virtual",
                "2026-08-201 | Virtual", // a third digit: not a day
                "2026-08-20- | Virtual",
                "26-08-20 | Virtual",
                "",
            })
    void shouldFindNoDateInLinesThatDoNotStartWithOne(String line) throws Exception {
        assertFalse(IsoDateRange.startsWithDate(line), line);
        assertEquals(Optional.empty(), IsoDateRange.parse(line));
    }
}
