package dev.rustyevents.scrape.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.scrape.CfpParser;
import dev.rustyevents.scrape.ParseResult;
import dev.rustyevents.scrape.PlainTextPage;
import dev.rustyevents.scrape.UpcomingEventsParser;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pages far larger than any real one (50 kB): 10 MB of deeply nested lists (200 times a page), a 2
 * MB line in the events section of each era's page, a text copy of 2 MB of list lines. Each is read
 * in a thread with a 512 kB stack (an eighth of the JVM's default on 64-bit Linux), so a recursion
 * as deep as the input would overflow it, and within a hang guard ({@link Invariants#HANG_GUARD};
 * 60 s for the 10 MB pages, which take 5 to 15 s on the 2 shared cores of the build machine, linear
 * in their size): depth and time are bounded, not only "it did not crash on this machine". jsoup
 * caps the element depth at 512 ({@code Parser.getMaxDepth}), so the walkers' recursion is bounded
 * by that.
 */
class HugeInputTest {

    private static final int TEN_MB = 10 * 1024 * 1024;

    /**
     * The huge lines and the text copy: 40 times a real page, enough to show a pattern's cost
     * growing faster than the text.
     */
    private static final int TWO_MB = 2 * 1024 * 1024;

    /** The hang guard of the 10 MB pages. */
    private static final Duration TEN_MB_GUARD = Duration.ofSeconds(60);

    private static final Seeds.Page I665 = Seeds.page(665);

    /** The fixture page's own count (truth file twir-665.json: 55 entries). */
    private static final int LISTINGS_665 = 55;

    private final UpcomingEventsParser events = new UpcomingEventsParser();
    private final CfpParser cfps = new CfpParser();

    @Test
    void shouldReadTenMegabytesOfNestedListsAfterTheEventsWithASmallStack() {
        int[] section = Mutations.section(I665.html());
        String html =
                insert(
                        I665.html(),
                        section[1],
                        Mutations.nested(TEN_MB / 32, "2026-08-19 | Virtual | x"));
        ParseResult result = read(I665, html, TEN_MB_GUARD);
        // the real entries before the nesting are all there; what the nesting adds is read or
        // reported
        assertTrue(
                result.listings().size() >= LISTINGS_665, result.listings().size() + " listings");
        assertEquals(
                LISTINGS_665, result.listings().stream().filter(l -> l.title() != null).count());
    }

    @Test
    void shouldReadTenMegabytesOfNestedListsInsteadOfTheEventsWithASmallStack() {
        int[] section = Mutations.section(I665.html());
        int afterHeading = I665.html().indexOf("</h2>", section[0]) + 5;
        String html =
                I665.html().substring(0, afterHeading)
                        + Mutations.nested(TEN_MB / 32, "2026-08-19 | Virtual | x")
                        + I665.html().substring(section[1]);
        ParseResult result = read(I665, html, TEN_MB_GUARD);
        assertEquals(UpcomingEventsParser.MAX_ENTRIES, result.listings().size());
        assertTrue(
                result.problems().stream()
                        .anyMatch(
                                p -> p.reason().endsWith("a section is read up to 1000 entries")));
    }

    /** Each era's line reader and the place and date patterns meet the line; E9 gets every unit. */
    static Stream<Arguments> hugeLines() {
        Stream<Arguments> e9 =
                Stream.of(
                                "a",
                                " ",
                                "- ",
                                ", ",
                                "|",
                                "( ",
                                "\u0301",
                                "Virtual + ",
                                "and ",
                                "2026-08-19 | ",
                                "Oct 26 & ",
                                "<b>",
                                "[x](")
                        .map(unit -> Arguments.of(665, unit));
        Stream<Arguments> older =
                Stream.of(375, 64)
                        .flatMap(
                                issue ->
                                        Stream.of("\u0301", "and ", ", ", "Oct 26 & ")
                                                .map(unit -> Arguments.of(issue, unit)));
        return Stream.concat(e9, older);
    }

    @ParameterizedTest
    @MethodSource("hugeLines")
    void shouldReadATwoMegabyteLineInTheEventsSection(int issue, String unit) {
        Seeds.Page page = Seeds.page(issue);
        int[] section = Mutations.section(page.html());
        int at = page.html().indexOf("<li>", section[0]);
        read(page, insert(page.html(), at + 4, unit.repeat(TWO_MB / unit.length())));
    }

    @Test
    void shouldReadATwoMegabyteTextCopy() {
        String text = Seeds.TEXTS.get(1);
        String lines = ("- 2026-01-14 | Virtual | Rust Group\n").repeat(TWO_MB / 36);
        String huge =
                text.replace("Virtual\n", "Virtual\n" + lines + "\u0301".repeat(TWO_MB / 4) + "\n");
        LocalDate date = LocalDate.of(2026, 1, 14);
        smallStack(
                Invariants.HANG_GUARD,
                () -> {
                    Document doc = PlainTextPage.toDocument(huge, "https://this-week-in-rust.org/");
                    Invariants.check(events.parse(doc, date), date);
                    Invariants.check(cfps.parse(doc, date));
                    return null;
                });
    }

    private ParseResult read(Seeds.Page page, String html) {
        return read(page, html, Invariants.HANG_GUARD);
    }

    private ParseResult read(Seeds.Page page, String html, Duration guard) {
        LocalDate date = page.ref().published();
        return smallStack(
                guard,
                () -> {
                    Document doc = Jsoup.parse(html, page.ref().url());
                    ParseResult result = events.parse(doc, date);
                    Invariants.check(result, date);
                    Invariants.check(cfps.parse(doc, date));
                    return result;
                });
    }

    /**
     * Runs the work in a thread with a 512 kB stack, within the hang guard; rethrows what it threw.
     */
    private static <T> T smallStack(Duration guard, java.util.concurrent.Callable<T> work) {
        return Invariants.within(
                guard,
                () -> {
                    AtomicReference<T> out = new AtomicReference<>();
                    AtomicReference<Throwable> thrown = new AtomicReference<>();
                    Thread thread =
                            new Thread(
                                    null,
                                    () -> {
                                        try {
                                            out.set(work.call());
                                        } catch (Throwable t) {
                                            thrown.set(t);
                                        }
                                    },
                                    "small-stack",
                                    512 * 1024);
                    thread.start();
                    thread.join();
                    if (thrown.get() != null) {
                        throw thrown.get();
                    }
                    return out.get();
                });
    }

    private static String insert(String page, int at, String text) {
        return page.substring(0, at) + text + page.substring(at);
    }
}
