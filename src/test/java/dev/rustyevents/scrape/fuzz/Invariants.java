package dev.rustyevents.scrape.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.scrape.CfpListing;
import dev.rustyevents.scrape.CfpResult;
import dev.rustyevents.scrape.Listing;
import dev.rustyevents.scrape.ParseProblem;
import dev.rustyevents.scrape.ParseResult;
import dev.rustyevents.scrape.UpcomingEventsParser;
import dev.rustyevents.vocabulary.Countries;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * What the parsers promise on any input (their Javadoc and {@code Listing}'s, {@code
 * CfpListing}'s): a result, never an exception; problems with a reason; no listing without a
 * section; every date a calendar date the entry wrote, a range's end after its start, an inferred
 * year near the issue, a written one within {@link UpcomingEventsParser#PLAUSIBLE_YEARS} years of
 * it; a country an ISO code. And a stronger one than "nothing escapes": the parsers' last-resort
 * catch blocks ("unexpected error", "could not read the page", "could not walk") never fire, since
 * each turns a bug into a vague problem.
 */
public final class Invariants {

    /**
     * Far more than any parse of a real or mutated page takes (tens of milliseconds): only a hang
     * trips it.
     */
    static final Duration HANG_GUARD = Duration.ofSeconds(10);

    private static final List<String> LAST_RESORT =
            List.of("unexpected error", "could not read the page", "could not walk");

    private Invariants() {}

    /**
     * @return what {@code work} returns, failing when it throws or runs past {@link #HANG_GUARD}
     */
    static <T> T within(ThrowingSupplier<T> work) {
        return within(HANG_GUARD, work);
    }

    /**
     * @return what {@code work} returns, failing when it throws or runs past {@code guard}
     */
    static <T> T within(Duration guard, ThrowingSupplier<T> work) {
        return assertTimeoutPreemptively(guard, work, "hang guard");
    }

    /**
     * Fails unless the result keeps the promises of the class comment.
     *
     * @param result what {@link UpcomingEventsParser#parse} returned
     * @param issueDate the issue date it was given
     */
    public static void check(ParseResult result, LocalDate issueDate) {
        assertNotNull(result);
        assertNotNull(result.listings());
        problems(result.problems());
        assertTrue(
                result.sectionFound() || result.listings().isEmpty(), "listings without a section");
        for (Listing l : result.listings()) {
            assertNotNull(l.raw(), "raw text");
            assertTrue(l.position() >= 0);
            dates(l.startDate(), l.endDate(), l.raw());
            if (l.yearInferred()) {
                assertNotNull(l.startDate(), "an inferred year without a date");
                assertFalse(
                        l.startDate().isBefore(issueDate.minusDays(60)),
                        "inferred " + l.startDate() + " for issue " + issueDate);
                assertFalse(
                        l.startDate().isAfter(issueDate.plusYears(5)),
                        "inferred " + l.startDate() + " for issue " + issueDate);
            }
            if (l.startDate() != null) {
                assertTrue(
                        plausible(l.startDate(), issueDate),
                        l.startDate() + " in an issue of " + issueDate + ": " + l.raw());
            }
            country(l.country());
            blankIsNull(
                    l.title(),
                    l.groupName(),
                    l.city(),
                    l.locationRaw(),
                    l.eventUrl(),
                    l.groupUrl());
        }
    }

    static void check(CfpResult result) {
        assertNotNull(result);
        assertNotNull(result.listings());
        problems(result.problems());
        assertTrue(
                result.sectionFound() || result.listings().isEmpty(), "listings without a section");
        for (CfpListing l : result.listings()) {
            assertNotNull(l.name(), "a call without a name: " + l.raw());
            assertNotNull(l.deadline(), "a call without a closing date: " + l.raw());
            dates(l.startDate(), l.endDate(), l.raw());
            country(l.country());
        }
    }

    private static void problems(List<ParseProblem> problems) {
        assertNotNull(problems);
        for (ParseProblem p : problems) {
            assertNotNull(p.reason(), "a problem without a reason");
            assertFalse(p.reason().isBlank(), "a problem without a reason");
            assertTrue(
                    LAST_RESORT.stream().noneMatch(p.reason()::startsWith),
                    "a last-resort catch fired: " + p);
        }
    }

    private static void dates(LocalDate start, LocalDate end, String raw) {
        if (end != null) {
            assertNotNull(start, "an end without a start: " + raw);
            assertTrue(end.isAfter(start), "end " + end + " not after start " + start + ": " + raw);
        }
    }

    private static boolean plausible(LocalDate date, LocalDate issueDate) {
        return !date.isBefore(issueDate.minusYears(UpcomingEventsParser.PLAUSIBLE_YEARS))
                && !date.isAfter(issueDate.plusYears(UpcomingEventsParser.PLAUSIBLE_YEARS));
    }

    static void country(String country) {
        assertTrue(
                country == null || Countries.isCode(country), "not an ISO 3166-1 code: " + country);
    }

    private static void blankIsNull(String... fields) {
        for (String f : fields) {
            assertTrue(f == null || !f.isBlank(), "a blank field instead of null");
        }
    }
}
