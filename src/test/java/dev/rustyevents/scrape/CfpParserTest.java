package dev.rustyevents.scrape;

import static dev.rustyevents.support.CorpusPages.page;
import static dev.rustyevents.support.CorpusPages.ref;
import static dev.rustyevents.support.CorpusPages.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.support.CorpusPages;
import dev.rustyevents.support.CorpusPages.CorpusIssue;
import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.Region;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * {@link CfpParser} on real issue pages copied unchanged from the corpus ({@code
 * src/test/resources/twir/pages}), on the corpus itself when it is there, on the Planet Mozilla
 * text copies of issue 634, and on hand-made odd fragments.
 */
class CfpParserTest {

    private final CfpParser parser = new CfpParser();

    private CfpResult parse(int number, String date) {
        IssueRef ref = ref(number, date);
        return parser.parse(Jsoup.parse(page(number), ref.url()), ref.published());
    }

    private CfpResult fragment(String html, String issueDate) {
        return parser.parse(
                Jsoup.parse(
                        "<h3 id=\"cfp-events\">CFP - Events</h3>" + html,
                        "https://this-week-in-rust.org/blog/x/"),
                issueDate == null ? null : LocalDate.parse(issueDate));
    }

    private static CfpListing named(CfpResult result, String name) {
        return result.listings().stream()
                .filter(l -> l.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no CFP entry " + name + " in " + result));
    }

    private static LocalDate d(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static void assertDates(CfpListing l, String deadline, String start, String end) {
        assertEquals(d(deadline), l.deadline(), l.raw());
        assertEquals(d(start), l.startDate(), l.raw());
        assertEquals(d(end), l.endDate(), l.raw());
    }

    private static void assertPlace(
            CfpListing l,
            Mode mode,
            String city,
            String subdivision,
            String country,
            Region region) {
        assertEquals(mode, l.mode(), l.raw());
        assertEquals(city, l.city(), l.raw());
        assertEquals(subdivision, l.subdivision(), l.raw());
        assertEquals(country, l.country(), l.raw());
        assertEquals(region, l.region(), l.raw());
    }

    // --- fixture pages ----------------------------------------------------------------------

    @Test
    void shouldReadRustWeekExtensionAndRustConfFromIssue631() {
        CfpResult result = parse(631, "2025-12-24");
        assertTrue(result.sectionFound());
        assertEquals(List.of(), result.problems());
        assertEquals(
                List.of("RustWeek 2026", "RustConf 2026"),
                result.listings().stream().map(CfpListing::name).toList());

        CfpListing rustWeek = named(result, "RustWeek 2026");
        assertEquals("https://sessionize.com/rustweek-2026/", rustWeek.cfpUrl());
        assertNull(rustWeek.eventUrl(), "the call's link is not the event's page");
        assertDates(rustWeek, "2026-01-18", "2026-05-19", "2026-05-20");
        assertPlace(rustWeek, Mode.IN_PERSON, "Utrecht", null, "NL", Region.EUROPE);
        assertEquals("Utrecht, The Netherlands", rustWeek.locationRaw());
        assertNull(rustWeek.note());

        CfpListing rustConf = named(result, "RustConf 2026");
        assertEquals("https://sessionize.com/rustconf-2026/", rustConf.cfpUrl());
        assertDates(rustConf, "2026-02-16", "2026-09-08", "2026-09-10");
        assertPlace(rustConf, Mode.IN_PERSON, "Montreal", "QC", "CA", Region.NORTH_AMERICA);
    }

    @Test
    void shouldReadTheDeadlineBeforeItsExtensionInIssue629AndTheNewEndDateIn633() {
        assertDates(
                named(parse(629, "2025-12-10"), "RustWeek 2026"),
                "2025-12-31",
                "2026-05-19",
                "2026-05-20");
        assertDates(
                named(parse(633, "2026-01-07"), "RustConf 2026"),
                "2026-02-16",
                "2026-09-08",
                "2026-09-11");
    }

    @Test
    void shouldCorrectTheEventYearTypoOfRustikonAndReadTheEventWebsiteInIssue627() {
        CfpResult result = parse(627, "2025-11-26");
        assertEquals(3, result.listings().size(), result.toString());
        CfpListing rustikon = named(result, "Rustikon 2026");
        // "CFP closes 2025-11-24 | Warsaw, Poland | 2025-03-19 - 2025-03-20 | Event Website"
        assertDates(rustikon, "2025-11-24", "2026-03-19", "2026-03-20");
        assertTrue(
                rustikon.note().contains("event start 2025-03-19 read as 2026-03-19"),
                rustikon.note());
        assertEquals("https://sessionize.com/rustikon-2026/", rustikon.cfpUrl());
        assertEquals("https://www.rustikon.dev/", rustikon.eventUrl());
        assertPlace(rustikon, Mode.IN_PERSON, "Warsaw", null, "PL", Region.EUROPE);

        CfpListing tokio = named(result, "TokioConf 2026");
        assertDates(tokio, "2025-12-08", "2026-04-20", null);
        assertPlace(tokio, Mode.IN_PERSON, "Portland", "OR", "US", Region.NORTH_AMERICA);
    }

    @Test
    void shouldCorrectTheDeadlineYearTypoOfRustWeekInIssue581() {
        // "Closes on 2024-01-12 | Utrecht, NL | Event on 2025-05-13" in the issue of 2025-01-08
        CfpListing rustWeek = named(parse(581, "2025-01-08"), "Rust Week (Rust NL)");
        assertDates(rustWeek, "2025-01-12", "2025-05-13", null);
        assertTrue(
                rustWeek.note().contains("closing date 2024-01-12 read as 2025-01-12"),
                rustWeek.note());
    }

    @Test
    void shouldReportTheStaleNdcTechtownLineOfIssue645() {
        // "CFP open until 2024-04-14 | Kongsberg, Norway | 2024-09-09 - 2026-09-12.": the 2024
        // edition's line with one year changed; the 2026 call closed on 2026-05-03 (issues 643,
        // 649).
        CfpResult result = parse(645, "2026-04-01");
        assertEquals(
                List.of("EuroRust"), result.listings().stream().map(CfpListing::name).toList());
        assertEquals(1, result.problems().size());
        ParseProblem stale = result.problems().get(0);
        assertTrue(stale.raw().startsWith("NDC Techtown | CFP open until 2024-04-14"), stale.raw());
        assertEquals(
                "closing date 'CFP open until 2024-04-14' is 717 days before the issue date 2026-04-01 and the event's "
                        + "2024-09-09 - 2026-09-12 spans 733 days: the line looks copied from an earlier edition",
                stale.reason());
    }

    @Test
    void shouldReadUnlabelledDatesEnDashesAndShortRangesInIssue649() {
        CfpResult result = parse(649, "2026-04-29");
        assertEquals(List.of(), result.problems());
        // "EuroRust 2026| 2026-05-04 (extended) | Barcelona, Spain | 2026-10-14 – 2026-10-17"
        CfpListing euroRust = named(result, "EuroRust 2026");
        assertDates(euroRust, "2026-05-04", "2026-10-14", "2026-10-17");
        assertPlace(euroRust, Mode.IN_PERSON, "Barcelona", null, "ES", Region.EUROPE);
        // "NDC Techtown | 2026-05-03 | Kongsberg, Norway | 2026-09-21 to 23."
        assertDates(named(result, "NDC Techtown"), "2026-05-03", "2026-09-21", "2026-09-23");
        CfpListing sciComp = named(result, "Scientific Computing in Rust 2026");
        assertDates(sciComp, "2026-06-05", "2026-07-08", "2026-07-10");
        assertPlace(sciComp, Mode.VIRTUAL, null, null, null, null);
        assertNull(sciComp.note());
    }

    @Test
    void shouldStripTheCfpWordFromTheNameAndTellTheCallFromTheEventPageInIssue567() {
        // "Rustikon CFP | Event Page | Closes 2024-10-13 | Warsaw, PL | Event 2025-03-26"
        CfpListing rustikon = named(parse(567, "2024-10-02"), "Rustikon");
        assertEquals("https://sessionize.com/rustikon-2025", rustikon.cfpUrl());
        assertEquals("https://www.rustikon.dev/", rustikon.eventUrl());
        assertDates(rustikon, "2024-10-13", "2025-03-26", null);
        assertPlace(rustikon, Mode.IN_PERSON, "Warsaw", null, "PL", Region.EUROPE);
    }

    @Test
    void shouldFindNoSectionOnAPageWithoutOne() {
        assertFalse(parse(441, "2022-05-04").sectionFound());
    }

    @Test
    void shouldReadTheTextCopyOfIssue634WithoutLinks() {
        IssueRef ref = ref(634, "2026-01-14");
        CfpResult text =
                parser.parse(
                        PlainTextPage.toDocument(seed("001_0268bcf0f96492dc.txt"), ref.url()),
                        ref.published());
        assertEquals(List.of(), text.problems());
        assertEquals(
                List.of("RustWeek 2026", "RustConf 2026"),
                text.listings().stream().map(CfpListing::name).toList());
        CfpListing rustConf = named(text, "RustConf 2026");
        assertNull(rustConf.cfpUrl(), "the text copy lost the links");
        assertDates(rustConf, "2026-02-16", "2026-09-08", "2026-09-11");
        assertPlace(rustConf, Mode.IN_PERSON, "Montreal", "QC", "CA", Region.NORTH_AMERICA);

        CfpResult stripped =
                parser.parse(
                        PlainTextPage.toDocument(seed("000_c17b38fcf9ee39ba.txt"), ref.url()),
                        ref.published());
        assertTrue(stripped.sectionFound());
        assertEquals(List.of(), stripped.listings());
        assertEquals(List.of(), stripped.problems());
    }

    // --- odd fragments ----------------------------------------------------------------------

    @Test
    void shouldReadNothingFromTheNothingThisWeekNotice() {
        CfpResult result =
                fragment(
                        "<p>Are you a new or experienced speaker?</p>"
                                + "<ul><li><em>No Calls for papers or presentations were submitted this week.</em></li></ul>"
                                + "<p><em>No Calls for papers or presentations were submitted this week.</em>x</p>",
                        "2026-01-07");
        assertTrue(result.sectionFound());
        assertEquals(List.of(), result.listings());
        assertEquals(List.of(), result.problems());
    }

    @Test
    void shouldReadAnEntryThatLostItsBulletAndWrittenDates() {
        CfpResult result =
                fragment(
                        "<p><a href=\"/cfp\">Rust in Paris 2025</a> | Deadline: 30 November 2024 | Paris, FR | 15 March 2025</p>"
                                + "<ul><li><a href=\"https://x.example/\">Rust Ukraine 2024</a> | Closes 2024-07-06 | Online + Ukraine, Kyiv | Event date: 2024-07-27</li>"
                                + "<li><a href=\"https://y.example/\">EuroRust 2024</a>| Closes 2024-06-03 | Vienna, Austria &amp; online | Event on 2024-10-10</li></ul>",
                        "2024-06-01");
        assertEquals(List.of(), result.problems());
        CfpListing paris = named(result, "Rust in Paris 2025");
        assertEquals("https://this-week-in-rust.org/cfp", paris.cfpUrl(), "absolute");
        assertDates(paris, "2024-11-30", "2025-03-15", null);
        assertPlace(
                named(result, "Rust Ukraine 2024"), Mode.HYBRID, "Kyiv", null, "UA", Region.EUROPE);
        assertPlace(
                named(result, "EuroRust 2024"), Mode.HYBRID, "Vienna", null, "AT", Region.EUROPE);
    }

    @Test
    void shouldReportWhatItCannotReadAndNeverThrow() {
        CfpResult result =
                fragment(
                        "<ul>"
                                + "<li><a href=\"https://a.example/\">No Date Conf</a> | Berlin, DE</li>"
                                + "<li><a href=\"https://b.example/\">Bad Date Conf</a> | Closes 2026-02-30 | Berlin, DE | 2026-06-01</li>"
                                + "<li><a href=\"https://c.example/\">Far Conf</a> | Closes 2031-05-01 | Berlin, DE | 2031-06-01</li>"
                                + "<li> | | </li>"
                                + "<li><a href=\"https://d.example/\">Early Conf</a> | Closes 2026-03-01 | Berlin, DE | 2025-01-10</li>"
                                + "<li><a href=\"https://e.example/\">Long Conf</a> | Closes 2026-03-01 | Berlin, DE | 2026-05-01 - 2026-08-01</li>"
                                + "</ul>",
                        "2026-01-07");
        List<String> reasons =
                result.problems().stream().map(p -> p.raw() + " => " + p.reason()).toList();
        assertEquals(4, result.problems().size(), String.join("\n", reasons));
        assertTrue(reasons.get(0).contains("no date in the entry"), reasons.get(0));
        assertTrue(reasons.get(1).contains("not a calendar date"), reasons.get(1));
        assertTrue(
                reasons.get(2)
                        .contains(
                                "days after the issue date 2026-01-07 and no single other year fits"),
                reasons.get(2));
        assertTrue(reasons.get(3).contains("no conference name"), reasons.get(3));

        // Dates that no single year typo explains are left out, and the note says so.
        CfpListing early = named(result, "Early Conf");
        assertDates(early, "2026-03-01", null, null);
        assertTrue(early.note().contains("before its call closes"), early.note());
        CfpListing longConf = named(result, "Long Conf");
        assertDates(longConf, "2026-03-01", null, null);
        assertEquals(
                "event dates left out: 2026-05-01 - 2026-08-01 spans 92 days, more than 31",
                longConf.note());

        assertFalse(parser.parse(null, null).sectionFound());
        assertTrue(
                fragment(
                                "<ul><li><a href=\"https://x.example/\">X</a> | Closes 2026-01-18</li></ul>",
                                null)
                        .problems()
                        .isEmpty(),
                "without an issue date the closing date is taken as written");
    }

    // --- the corpus -------------------------------------------------------------------------

    @Test
    void shouldReadTheDayFirstDatesOfIssue575AndTheSeparateCfpLinkOfIssue533() {
        Path corpus = CorpusGate.corpus();
        Map<Integer, CorpusIssue> issues = new TreeMap<>();
        CorpusPages.issues(corpus).forEach(i -> issues.put(i.ref().number(), i));

        CfpResult i575 = parse(issues.get(575));
        assertDates(named(i575, "FOSDEM 2025 Rust devroom"), "2024-12-01", "2025-02-01", null);

        // "RustNL 2024 CFP closes 2024-02-19 | Delft, The Netherlands | Event date: 2024-05-07 &
        // 2024-05-08"
        CfpListing rustNl = named(parse(issues.get(533)), "RustNL 2024");
        assertTrue(rustNl.cfpUrl().startsWith("https://cryptpad.fr/form/"), rustNl.cfpUrl());
        assertEquals("https://2024.rustnl.org/", rustNl.eventUrl());
        assertDates(rustNl, "2024-02-19", "2024-05-07", "2024-05-08");

        // Issue 643 links NDC Techtown to Oxidize's call: read as written (the ingest keeps them
        // apart).
        CfpResult i643 = parse(issues.get(643));
        assertEquals(
                named(i643, "Oxidize Conference").cfpUrl(),
                named(i643, "NDC Techtown 2026").cfpUrl());

        // Issue 589 lost the bullet; its place is a city alone, which is no certain place.
        CfpListing euroRust = named(parse(issues.get(589)), "EuroRust 2025");
        assertDates(euroRust, "2025-05-15", "2025-10-09", "2025-10-10");
        assertEquals("Paris", euroRust.locationRaw());
        assertNull(euroRust.country());
    }

    /**
     * Every entry of every CFP section in the corpus is read or reported (one: 645's stale line);
     * the counts are printed.
     */
    @Test
    void shouldReadOrReportEveryCfpEntryOfTheCorpus() {
        Path corpus = CorpusGate.corpus();
        int sections = 0;
        int entries = 0;
        int noted = 0;
        List<String> problems = new ArrayList<>();
        for (CorpusIssue issue : CorpusPages.issues(corpus)) {
            Document doc = Jsoup.parse(CorpusPages.read(issue), issue.ref().url());
            CfpResult result = parser.parse(doc, issue.ref().published());
            if (!result.sectionFound()) {
                continue;
            }
            sections++;
            // every list item, and every paragraph with a '|', that is not the "nothing this week"
            // notice
            long items =
                    doc.select("h3#cfp-events ~ *, h3#cfp-speakers ~ *").stream()
                            .takeWhile(el -> !el.normalName().matches("h[1-3]"))
                            .flatMap(
                                    el ->
                                            el.normalName().equals("ul")
                                                    ? el.select("li").stream()
                                                    : java.util.stream.Stream.of(el))
                            .filter(el -> el.normalName().equals("li") || el.text().contains("|"))
                            .filter(el -> !el.text().strip().startsWith("No "))
                            .count();
            assertEquals(
                    items,
                    result.listings().size() + result.problems().size(),
                    "issue " + issue.ref().number());
            entries += (int) items;
            noted += (int) result.listings().stream().filter(l -> l.note() != null).count();
            result.problems()
                    .forEach(
                            p ->
                                    problems.add(
                                            issue.ref().number()
                                                    + ": "
                                                    + p.raw()
                                                    + " => "
                                                    + p.reason()));
        }
        System.out.printf(
                "CFP corpus: %d sections, %d entries, %d read (%d with a correction note), %d problems%n",
                sections, entries, entries - problems.size(), noted, problems.size());
        problems.forEach(System.out::println);
        assertTrue(
                sections >= 60 && entries >= 70, sections + " sections, " + entries + " entries");
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).startsWith("645: NDC Techtown"), problems.get(0));
        assertEquals(2, noted, "the year typos of 581 and 627");
    }

    private CfpResult parse(CorpusIssue issue) {
        return parser.parse(
                Jsoup.parse(CorpusPages.read(issue), issue.ref().url()), issue.ref().published());
    }
}
