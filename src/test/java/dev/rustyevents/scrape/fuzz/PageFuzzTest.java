package dev.rustyevents.scrape.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.scrape.CfpParser;
import dev.rustyevents.scrape.Era;
import dev.rustyevents.scrape.ParseResult;
import dev.rustyevents.scrape.SavedPage;
import dev.rustyevents.scrape.UpcomingEventsParser;
import dev.rustyevents.scrape.fuzz.Mutations.Mutation;
import dev.rustyevents.scrape.fuzz.Seeds.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Mutated real pages ({@link Seeds}, {@link Mutations}) through the two page parsers, as an ingest
 * reads them: {@link UpcomingEventsParser} and {@link CfpParser} on the page parsed by jsoup, and
 * {@link SavedPage#issueOf} (the upload's "which issue is this"). Each case is a page, one to three
 * mutations and the date the page is read as: its own, or another era's (so every listing format
 * meets every era's lines). Fixed seeds: every run tries the same cases.
 */
class PageFuzzTest {

    /**
     * The first and last issue date of every era ({@link Era#TABLE}), and the day before the first
     * era.
     */
    static final List<LocalDate> ERA_DATES =
            Stream.concat(
                            Stream.of(Era.TABLE.get(0).firstIssue().minusDays(1)),
                            Era.TABLE.stream()
                                    .flatMap(
                                            era ->
                                                    Stream.concat(
                                                            Stream.of(era.firstIssue()),
                                                            era.lastIssue().stream())))
                    .toList();

    private final UpcomingEventsParser events = new UpcomingEventsParser();
    private final CfpParser cfps = new CfpParser();

    /** A page, what was done to it, and the date it is read as. */
    record Case(Page page, List<Mutation> mutations, LocalDate readAs) {
        String html() {
            String html = page.html();
            for (Mutation m : mutations) {
                html = m.apply().apply(html);
            }
            return html;
        }
    }

    @Property(tries = 300, seed = "663", shrinking = ShrinkingMode.BOUNDED)
    void shouldReadOrReportEveryMutatedPage(@ForAll("cases") Case c) {
        String html = c.html();
        Document doc = Invariants.within(() -> Jsoup.parse(html, c.page().ref().url()));
        Invariants.check(Invariants.within(() -> events.parse(doc, c.readAs())), c.readAs());
        Invariants.check(Invariants.within(() -> cfps.parse(doc, c.readAs())));
        Invariants.within(() -> SavedPage.issueOf(doc, "https://this-week-in-rust.org/"));
    }

    @Property(tries = 150, seed = "665", shrinking = ShrinkingMode.BOUNDED)
    void shouldReadOrReportEveryPageReadAsAnotherEra(
            @ForAll("pages") Page page, @ForAll("eraDates") LocalDate readAs) {
        Document doc = Jsoup.parse(page.html(), page.ref().url());
        ParseResult result = Invariants.within(() -> events.parse(doc, readAs));
        Invariants.check(result, readAs);
        assertTrue(
                result.listings().isEmpty() || result.sectionEnded(),
                "a real page's section ends at a heading");
        Invariants.check(Invariants.within(() -> cfps.parse(doc, readAs)));
    }

    @Example
    void shouldSayWhenTheEventsSectionRunsToTheEndOfThePage() {
        // found by MutatedPageIngestTest: issue 665 cut at 60% of its events section was ingested
        // and delisted the 16 events of the part cut off; every real page's section ends at a
        // heading
        Page page = Seeds.page(665);
        int[] section = Mutations.section(page.html());
        String cut = page.html().substring(0, section[0] + (section[1] - section[0]) * 6 / 10);
        ParseResult whole =
                events.parse(Jsoup.parse(page.html(), page.ref().url()), page.ref().published());
        ParseResult shortened =
                events.parse(Jsoup.parse(cut, page.ref().url()), page.ref().published());
        assertTrue(whole.sectionEnded());
        assertFalse(shortened.sectionEnded());
        assertTrue(
                shortened.listings().size() * 2 > whole.listings().size(),
                "more than half is left: the count guard lets it pass");
    }

    @Provide
    Arbitrary<Page> pages() {
        return Arbitraries.of(Seeds.PAGES);
    }

    @Provide
    Arbitrary<LocalDate> eraDates() {
        return Arbitraries.of(ERA_DATES);
    }

    @Provide
    Arbitrary<Case> cases() {
        return pages().flatMap(
                        page ->
                                Combinators.combine(
                                                Mutations.any().list().ofMinSize(1).ofMaxSize(3),
                                                Arbitraries.frequencyOf(
                                                        net.jqwik.api.Tuple.of(
                                                                4,
                                                                Arbitraries.just(
                                                                        page.ref().published())),
                                                        net.jqwik.api.Tuple.of(1, eraDates())))
                                        .as((mutations, date) -> new Case(page, mutations, date)));
    }
}
