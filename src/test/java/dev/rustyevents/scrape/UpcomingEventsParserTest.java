package dev.rustyevents.scrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rustyevents.vocabulary.Mode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link UpcomingEventsParser} on real issue pages copied unchanged from the corpus ({@code
 * src/test/resources/twir/pages}, with their truth files), chosen for their traps, and on hand-made
 * odd fragments.
 */
class UpcomingEventsParserTest {

    private static final String FIXTURES = "/twir/";
    private final UpcomingEventsParser parser = new UpcomingEventsParser();

    // --- fixtures ---------------------------------------------------------------------------

    private static JsonNode truth(String key) throws IOException {
        try (InputStream in =
                UpcomingEventsParserTest.class.getResourceAsStream(
                        FIXTURES + "truth/" + key + ".json")) {
            return TruthComparator.JSON.readTree(in);
        }
    }

    private static Document page(String key) throws IOException {
        JsonNode issue = truth(key).get("issue");
        try (InputStream in =
                UpcomingEventsParserTest.class.getResourceAsStream(
                        FIXTURES + "pages/" + key + ".html")) {
            return Jsoup.parse(in, "UTF-8", issue.get("url").asText());
        }
    }

    private ParseResult parse(String key) throws IOException {
        LocalDate date = LocalDate.parse(truth(key).get("issue").get("issue_date").asText());
        return parser.parse(page(key), date);
    }

    private static Listing find(ParseResult result, String date, String groupName) {
        return result.listings().stream()
                .filter(
                        l ->
                                l.startDate().toString().equals(date)
                                        && groupName.equals(l.groupName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no listing " + date + " " + groupName));
    }

    /**
     * @return the key of every fixture page with a truth file ({@code twir/truth/*.json})
     */
    static List<String> fixtureKeys() throws IOException {
        return EraTest.fixtureIssues().stream()
                .map(issue -> issue.get("issue_key").asText())
                .toList();
    }

    /**
     * Every fixture page agrees with its truth file, with the allowances of {@link
     * TruthComparator}.
     */
    @ParameterizedTest
    @MethodSource("fixtureKeys")
    void fixtureMatchesTruth(String key) throws IOException {
        JsonNode truth = truth(key);
        ParseResult result = parse(key);
        TruthComparator comparator = new TruthComparator();
        comparator.compare(key, result, truth);

        assertTrue(result.sectionFound());
        assertEquals(truth.get("events").size(), result.listings().size(), comparator.report(key));
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(), comparator.unexplained, comparator.report(key));
        for (int i = 0; i < result.listings().size(); i++) {
            Listing listing = result.listings().get(i);
            assertEquals(i, listing.position(), "positions count entries in page order");
            assertEquals(
                    TruthComparator.text(truth.get("events").get(i), "section_heading"),
                    listing.regionHeading());
        }
    }

    @Test
    void firstListingOfTwir665InFull() throws IOException {
        Listing first = parse("twir-665").listings().get(0);
        assertEquals(
                Listing.builder()
                        .position(0)
                        .regionHeading("Virtual")
                        .raw(
                                "2026-08-19 | Hybrid (Vancouver, CA) | Vancouver Rust Dealing with Dependencies")
                        .startDate(LocalDate.of(2026, 8, 19))
                        .mode(Mode.HYBRID)
                        .locationRaw("Hybrid (Vancouver, CA)")
                        .city("Vancouver")
                        .country("CA")
                        .groupName("Vancouver Rust")
                        .groupUrl("https://www.meetup.com/vancouver-rust")
                        .title("Dealing with Dependencies")
                        .eventUrl("https://www.meetup.com/vancouver-rust/events/314105333/")
                        .build(),
                first);
    }

    @Test
    void twir433InlineTitleAfterAsterisk() throws IOException {
        ParseResult result = parse("twir-433");
        assertEquals(20, result.listings().size());
        Listing kyiv = find(result, "2022-03-13", "Вивчаємо Rust Разом / Learn Rust Together");
        assertEquals("Ukrainian Rusty Dinner", kyiv.title());
        assertEquals("https://t.me/learn_rust_together_ukr", kyiv.eventUrl());
        assertEquals(Mode.IN_PERSON, kyiv.mode());
        assertEquals("UA", kyiv.country());
        // Under the Virtual heading a plain place is virtual (truth mode_basis
        // region_heading(no_marker_in_location))
        Listing boulder = result.listings().get(0);
        assertEquals("Virtual", boulder.regionHeading());
        assertEquals(Mode.VIRTUAL, boulder.mode());
        assertEquals(
                List.of("Boulder", "CO", "US"),
                List.of(boulder.city(), boulder.subdivision(), boulder.country()));
    }

    @Test
    void twir441DateShorthandAndTrailingBracket() throws IOException {
        ParseResult result = parse("twir-441");
        Listing summit = find(result, "2022-05-19", "Entwickler.de");
        assertEquals(LocalDate.of(2022, 5, 20), summit.endDate());
        assertEquals("Rust Summit (paid)", summit.title());
        Listing amsterdam = find(result, "2022-05-24", "Rust Developers Amsterdam Group");
        assertEquals("https://www.meetup.com/rust-amsterdam-group/", amsterdam.groupUrl());
        // the trailing "If you are running a Rust event …" paragraph is neither a listing nor a
        // problem
        assertTrue(
                result.listings().stream()
                        .noneMatch(l -> l.raw().contains("running a Rust event")));
        assertEquals(List.of(), result.problems());
    }

    @Test
    void twir543StateAsCountryAndEntryWithoutLinks() throws IOException {
        ParseResult result = parse("twir-543");
        Listing buffalo = find(result, "2024-05-07", "Buffalo Rust Meetup");
        assertEquals(
                List.of("Buffalo", "NY", "US"),
                List.of(buffalo.city(), buffalo.subdivision(), buffalo.country()));
        assertEquals(Mode.VIRTUAL, buffalo.mode());

        Listing salzburg =
                result.listings().stream()
                        .filter(l -> "Salzburg".equals(l.city()))
                        .findFirst()
                        .orElseThrow();
        assertEquals("Rust Salzburg", salzburg.groupName());
        assertNull(salzburg.groupUrl());
        assertEquals("Rust Salzburg meetup", salzburg.title());
        assertNull(salzburg.eventUrl());

        Listing israel = find(result, "2024-05-09", "Rust in Israel");
        assertEquals("Virtual (Israel)", israel.locationRaw());
        assertNull(israel.city());
        assertEquals("IL", israel.country());

        Listing delft = find(result, "2024-05-07", "RustNL");
        assertEquals(LocalDate.of(2024, 5, 8), delft.endDate());
    }

    @Test
    void twir557RegionHeadingWrittenAsH1AndHybridDash() throws IOException {
        ParseResult result = parse("twir-557");
        Listing brisbane = find(result, "2024-08-01", "Rust Brisbane");
        assertEquals("Oceania", brisbane.regionHeading());
        assertEquals(
                List.of("Brisbane", "QLD", "AU"),
                List.of(brisbane.city(), brisbane.subdivision(), brisbane.country()));

        Listing vancouver =
                result.listings().stream()
                        .filter(l -> "Hybrid - Vancouver, BC, CA".equals(l.locationRaw()))
                        .findFirst()
                        .orElseThrow();
        assertEquals(Mode.HYBRID, vancouver.mode());
        assertEquals("Vancouver", vancouver.city());

        Listing minneapolis = find(result, "2024-08-19", "Minneapolis Rust Meetup");
        assertEquals(
                List.of("Minneapolis", "MN", "US"),
                List.of(minneapolis.city(), minneapolis.subdivision(), minneapolis.country()));
    }

    @Test
    void twir587MergedEventLineAndLiteralAsterisks() throws IOException {
        ParseResult result = parse("twir-587");
        Listing darmstadt = find(result, "2025-02-26", "Rust Rhein Main");
        assertEquals("Rust Compiler Tuning", darmstadt.title());
        assertFalse(darmstadt.raw().contains("Girona"), darmstadt.raw());
        Listing girona = find(result, "2025-02-26", "Rust Girona");
        assertEquals("Rust Girona Hack & Learn 03 2025", girona.title());
        assertEquals("https://lu.ma/iwu6mlcj", girona.eventUrl());
        assertEquals("Europe", girona.regionHeading());
        assertEquals(darmstadt.position() + 1, girona.position());

        assertEquals(
                "Rust Hacking in Person",
                find(result, "2025-03-18", "San Francisco Rust Study Group").title());
        Listing ardan = find(result, "2025-02-27", "Ardan Labs");
        assertNull(ardan.city());
        assertEquals("US", ardan.country());
        assertEquals("GB", find(result, "2025-02-25", "Women in Rust").country());
    }

    @Test
    void twir611SiblingTitleLinesAndAsteriskJoinedDates() throws IOException {
        ParseResult result = parse("twir-611");
        assertEquals(53, result.listings().size());
        assertTrue(
                result.listings().stream()
                        .allMatch(l -> l.title() != null && l.eventUrl() != null));
        Listing rustConf = find(result, "2025-09-02", "RustConf");
        assertEquals(LocalDate.of(2025, 9, 5), rustConf.endDate());
        assertEquals(Mode.HYBRID, rustConf.mode());
        assertEquals(
                List.of("Seattle", "WA", "US"),
                List.of(rustConf.city(), rustConf.subdivision(), rustConf.country()));
        assertEquals("Indy.rs - with Social Distancing", result.listings().get(0).title());
    }

    @Test
    void twir623EmptyLocationDollarTitleBrokenGroupLink() throws IOException {
        ParseResult result = parse("twir-623");
        Listing betterCode = find(result, "2025-11-10", "BetterCode");
        assertNull(betterCode.locationRaw());
        assertEquals(Mode.VIRTUAL, betterCode.mode());
        assertEquals("betterCode() Industrielle Anwendungen mit Rust", betterCode.title());
        Listing luzern = find(result, "2025-11-20", "Rust Luzern");
        assertEquals("https://www.meetup.com/rust-luzern/", luzern.groupUrl());
    }

    @Test
    void twir663CountryNameAndUncertainStateCode() throws IOException {
        ParseResult result = parse("twir-663");
        Listing kl = find(result, "2026-08-10", "Rust Malaysia Meetup");
        assertEquals(List.of("Kuala Lumpur", "MY"), List.of(kl.city(), kl.country()));
        Listing saoPaulo = find(result, "2026-08-08", "Rust-SP");
        assertEquals("São Paulo", saoPaulo.city());
        assertNull(saoPaulo.country(), "SP is no country code and not certainly a US state");
    }

    // --- eras before 2022 (E0 .. E8) ---------------------------------------------------------

    private static Listing byTitle(ParseResult result, String title) {
        return result.listings().stream()
                .filter(l -> title.equals(l.title()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no listing titled " + title));
    }

    @Test
    void e0ProseBulletsHaveNoDateNorTitle() throws IOException {
        ParseResult result = parse("twir-2013-10-06");
        assertEquals(2, result.listings().size());
        Listing skane = result.listings().get(1);
        assertNull(skane.startDate());
        assertNull(skane.title(), "a prose bullet names no event title");
        assertEquals("http://www.meetup.com/rust-skane/", skane.eventUrl());
        assertFalse(skane.yearInferred());
    }

    @Test
    void e1DateOnTheWrappedLineAfterTheLink() throws IOException {
        ParseResult result = parse("twir-2015-01-05");
        assertEquals(4, result.listings().size());
        Listing beijing = byTitle(result, "Rust Beijing Meetup");
        assertEquals(LocalDate.of(2015, 1, 17), beijing.startDate());
        assertTrue(beijing.yearInferred());
        Listing amsterdam = byTitle(result, "first Rust-Amsterdam meetup");
        assertEquals(LocalDate.of(2015, 1, 28), amsterdam.startDate());
        assertEquals(
                "http://www.meetup.com/Rust-Amsterdam/events/218908906/#event-comments-section",
                amsterdam.eventUrl());
    }

    @Test
    void e2NumericDateRollsOverIntoNextYear() throws IOException {
        ParseResult result = parse("twir-111"); // issue of 2015-12-28: "1/11." is 2016-01-11
        Listing seattle = byTitle(result, "Seattle Rust Meetup");
        assertEquals(LocalDate.of(2016, 1, 11), seattle.startDate());
        assertTrue(seattle.yearInferred());
        assertNull(seattle.groupName());
        assertNull(seattle.mode(), "nothing in the text says how to attend");
    }

    @Test
    void e3SecondDayJoinedByAmpersandAndIrcIsVirtual() throws IOException {
        ParseResult result = parse("twir-205");
        Listing beltRust = byTitle(result, "Rust Belt Rust 2017 - Columbus OH");
        assertEquals(LocalDate.of(2017, 10, 26), beltRust.startDate());
        assertEquals(LocalDate.of(2017, 10, 27), beltRust.endDate());
        assertNull(
                beltRust.groupName(), "'Rust Belt Rust 2017' is no group the 2022+ issues write");
        assertEquals(
                LocalDate.of(2017, 10, 29),
                byTitle(result, "Get In Touch With Rust! @ MozFest London").endDate());
        Listing irc =
                byTitle(
                        result,
                        "Rust Community Team Meeting at #rust-community on irc.mozilla.org");
        assertEquals(Mode.VIRTUAL, irc.mode());
        assertNull(irc.locationRaw());
    }

    @Test
    void e4SlashJoinedDaysAndLocationSegment() throws IOException {
        ParseResult result = parse("twir-235");
        Listing wasm = byTitle(result, "Rust/WASM course around JSConf.EU");
        assertEquals(LocalDate.of(2018, 5, 30), wasm.startDate());
        assertEquals(LocalDate.of(2018, 5, 31), wasm.endDate());
        assertEquals("Berlin, DE", wasm.locationRaw());
        assertEquals(List.of("Berlin", "DE"), List.of(wasm.city(), wasm.country()));
        assertNull(wasm.regionHeading());
        assertNull(wasm.mode(), "no region heading, no online keyword: not said");
    }

    @Test
    void e5RegionHeadingsAndMisspeltMonth() throws IOException {
        ParseResult result = parse("twir-253");
        Listing columbus =
                result.listings().stream()
                        .filter(l -> l.raw().startsWith("Oc 11."))
                        .findFirst()
                        .orElseThrow();
        assertEquals(LocalDate.of(2018, 10, 11), columbus.startDate(), "'Oc' is October");
        assertEquals("North America", columbus.regionHeading());
        assertEquals(
                Mode.IN_PERSON, columbus.mode(), "a geographic heading of 2018-22 means in-person");
        assertEquals("Columbus Rust Society", columbus.groupName());
        assertEquals("Monthly Meeting", columbus.title());
        assertTrue(
                result.listings().stream()
                        .filter(l -> "Online".equals(l.regionHeading()))
                        .allMatch(l -> l.mode() == Mode.VIRTUAL));
    }

    @Test
    void e5DecemberIssueListsJanuaryOfNextYear() throws IOException {
        ParseResult result = parse("twir-319"); // 2019-12-31
        Listing kl = byTitle(result, "Rust Meetup January 2020");
        assertEquals(LocalDate.of(2020, 1, 8), kl.startDate());
        assertTrue(kl.yearInferred());
        assertEquals("Asia Pacific", kl.regionHeading());
        assertEquals(List.of("Kuala Lumpur", "MY"), List.of(kl.city(), kl.country()));
    }

    @Test
    void e6MisspeltMonthAndGroupsOnlyWhenKnown() throws IOException {
        ParseResult result = parse("twir-375");
        Listing dublin = byTitle(result, "Rust Dublin Remote February Meetup");
        assertEquals(LocalDate.of(2021, 2, 2), dublin.startDate(), "'Februar' is February");
        assertEquals("Rust Dublin", dublin.groupName());
        assertEquals(Mode.VIRTUAL, dublin.mode());
        // both end segments are known groups: not determinable, the whole text is the title
        Listing buffalo = byTitle(result, "Buffalo Rust User Group - Buffalo Rust Meetup");
        assertNull(buffalo.groupName());
        assertEquals(
                List.of("Buffalo", "NY", "US"),
                List.of(buffalo.city(), buffalo.subdivision(), buffalo.country()));
        // neither end known: no group, nothing guessed
        assertNull(byTitle(result, "Monthly Meetup - Indy.rs").groupName());
    }

    @Test
    void e7WrittenYearIsNotInferred() throws IOException {
        ParseResult result = parse("twir-395");
        Listing dallas =
                byTitle(
                        result,
                        "Last Tuesday"); // "June 29. 2021, Dallas, TX, US - Last Tuesday - Dallas
        // Rust"
        assertEquals(LocalDate.of(2021, 6, 29), dallas.startDate());
        assertFalse(dallas.yearInferred());
        assertEquals("Dallas Rust", dallas.groupName());
        assertEquals(
                List.of("Dallas", "TX", "US"),
                List.of(dallas.city(), dallas.subdivision(), dallas.country()));
    }

    @Test
    void e8PipesInLinkAndGroupAfterDash() throws IOException {
        ParseResult result = parse("twir-431");
        Listing dublin = byTitle(result, "Rust Dublin March Meetup");
        assertEquals(LocalDate.of(2022, 3, 15), dublin.startDate());
        assertFalse(dublin.yearInferred());
        assertEquals("Rust Dublin", dublin.groupName());
        assertEquals(List.of("Dublin", "IE"), List.of(dublin.city(), dublin.country()));
        assertEquals("https://www.meetup.com/Rust-Dublin/events/283613905", dublin.eventUrl());
    }

    @Test
    void oddOldEntriesAreProblemsNotExceptions() {
        ParseResult result =
                parser.parse(
                        Jsoup.parseBodyFragment(
                                        "<h2>Upcoming Events</h2><ul>"
                                                + "<li><a href=\"https://x.example/a\">Feb 30. Nowhere, XX - T</a></li>"
                                                + "<li>no date at all</li><li></li><li><a href=\"https://x.example/b\">Dex 3 & 1. Oslo, NO - T</a></li>"
                                                + "<li><a href=\"https://x.example/c\">Jan 2. Oslo, NO - T</a></li></ul>",
                                        BASE)
                                .body(),
                        LocalDate.of(2019, 12, 20));
        assertEquals(2, result.problems().size(), result.problems().toString());
        assertEquals(2, result.listings().size());
        Listing dex = result.listings().get(0);
        assertEquals(LocalDate.of(2019, 12, 3), dex.startDate());
        assertEquals(
                LocalDate.of(2020, 1, 1),
                dex.endDate(),
                "a second day before the first is in the next month");
        assertEquals(LocalDate.of(2020, 1, 2), result.listings().get(1).startDate());
    }

    // --- the RSS feed -------------------------------------------------------------------------

    /** The feed's items carry the article HTML; the parser reads it as it reads the page. */
    @Test
    void feedItemsParseLikeTheirPages() throws IOException {
        Document feed;
        try (InputStream in = getClass().getResourceAsStream(FIXTURES + "feeds/rss.xml")) {
            feed = Jsoup.parse(in, "UTF-8", "https://this-week-in-rust.org/", Parser.xmlParser());
        }
        Map<String, ParseResult> byLink = new HashMap<>();
        for (Element item : feed.select("item")) {
            String link = item.selectFirst("link").text();
            LocalDate date =
                    ZonedDateTime.parse(
                                    item.selectFirst("pubDate").text(),
                                    DateTimeFormatter.RFC_1123_DATE_TIME)
                            .toLocalDate();
            Document body = Jsoup.parseBodyFragment(item.selectFirst("description").text(), link);
            byLink.put(link, parser.parse(body.body(), date));
        }
        assertEquals(4, byLink.size());
        for (String key : List.of("twir-665", "twir-663")) {
            String url = truth(key).get("issue").get("url").asText();
            ParseResult fromFeed = byLink.get(url);
            ParseResult fromPage = parse(key);
            assertTrue(fromFeed.sectionFound(), key);
            assertEquals(truth(key).get("events").size(), fromFeed.listings().size(), key);
            assertEquals(fromPage, fromFeed, key);
        }
        // the two items of the other set (662, 664) have no fixture page, but must read cleanly too
        byLink.values()
                .forEach(
                        r -> {
                            assertTrue(r.sectionFound());
                            assertFalse(r.listings().isEmpty());
                            assertEquals(List.of(), r.problems());
                        });
    }

    // --- odd input ------------------------------------------------------------------------------

    private static final String BASE =
            "https://this-week-in-rust.org/blog/2024/10/02/this-week-in-rust-567/";

    private ParseResult parseFragment(String html) {
        return parser.parse(Jsoup.parseBodyFragment(html, BASE).body(), LocalDate.of(2024, 10, 2));
    }

    @Test
    void noSectionWithoutTheHeading() {
        ParseResult result =
                parseFragment(
                        "<h2>Quote of the Week</h2><ul><li>2024-10-03 | Berlin, DE | x</li></ul>");
        assertFalse(result.sectionFound());
        assertEquals(List.of(), result.listings());
        assertFalse(parser.parse(null, LocalDate.of(2024, 10, 2)).sectionFound());
    }

    /**
     * A copy with the lists stripped (Planet Mozilla's text rendering of 634 keeps only the
     * headings).
     */
    @Test
    void noSectionWhenTheHeadingHasNoList() {
        ParseResult result =
                parseFragment(
                        "<h2 id=\"upcoming-events\">Upcoming Events</h2>"
                                + "<p>Rusty Events between 2026-01-14 - 2026-02-11 🦀</p><h3>Virtual</h3><h3>Asia</h3><h3>Europe</h3>"
                                + "<p>If you are running a Rust event please add it to the calendar</p><h2>Jobs</h2>");
        assertFalse(result.sectionFound());
        assertEquals(List.of(), result.listings());
        assertEquals(1, result.problems().size());
    }

    @Test
    void unreadableLinesBecomeProblemsAndTheRestIsRead() {
        ParseResult result =
                parseFragment(
                        "<h2>Upcoming Events</h2><h3>Europe</h3><ul>"
                                + "<li><a href=\"https://x.example/t0\"><strong>A title without event line</strong></a></li>"
                                + "<li>2024-02-30 | Berlin, DE | <a href=\"https://x.example/g\">G</a><ul><li><a href=\"u\">T</a></li></ul></li>"
                                + "<li>2024-10-10 - 2024-10-11 | Virtual and In-Person (Vienna, AT) | <a href=\"eurorust\">Euro Rust</a>"
                                + "<ul><li><a href=\"https://eurorust.eu/\"><strong>Euro Rust 2024</strong></a></li></ul></li>"
                                + "</ul><h2>Jobs</h2><ul><li>2024-10-12 | Not, AN | event after the section</li></ul>");
        assertTrue(result.sectionFound());
        assertEquals(2, result.problems().size(), result.problems().toString());
        assertEquals(
                "list line that is no event line and follows no event line",
                result.problems().get(0).reason());
        assertTrue(
                result.problems().get(1).reason().startsWith("invalid date"),
                result.problems().get(1).reason());
        assertEquals("Europe", result.problems().get(1).regionHeading());
        assertEquals(1, result.listings().size());
        Listing euroRust = result.listings().get(0);
        assertEquals(1, euroRust.position());
        assertEquals(
                BASE + "eurorust",
                euroRust.groupUrl(),
                "relative hrefs resolve against the issue URL");
        assertEquals(Mode.HYBRID, euroRust.mode());
        assertEquals(LocalDate.of(2024, 10, 11), euroRust.endDate());
    }

    /**
     * One heading rule ({@link dev.rustyevents.vocabulary.RegionHeading}) for the walker, the modes
     * and the text copies: "Online" (2018-22) is the online section as "Virtual" is, and "Asia
     * Pacific" a region heading, also written one level too high.
     */
    @Test
    void onlineAndAsiaPacificAreRegionHeadingsEverywhere() {
        ParseResult iso =
                parseFragment(
                        "<h2>Upcoming Events</h2><h2>Online</h2><ul>"
                                + "<li>2024-10-03 | Cardiff, UK | <a href=\"https://g.example/\">G</a><ul><li><a href=\"https://e.example/\">"
                                + "<strong>T</strong></a></li></ul></li></ul><h1>Asia Pacific</h1><ul>"
                                + "<li>2024-10-04 | Tokyo, JP | <a href=\"https://g.example/t\">G</a></li></ul><h2>Jobs</h2>");
        assertEquals(
                List.of("Online", "Asia Pacific"),
                iso.listings().stream().map(Listing::regionHeading).toList());
        assertEquals(
                List.of(Mode.VIRTUAL, Mode.IN_PERSON),
                iso.listings().stream().map(Listing::mode).toList(),
                "a plain place under the online section is virtual");

        ParseResult e5 =
                parser.parse(
                        Jsoup.parseBodyFragment(
                                        "<h2>Upcoming Events</h2><h3>Online:</h3><ul>"
                                                + "<li><a href=\"https://e.example/1\">Oct 3. Rust Community Team Meeting</a>.</li></ul><h3>Asia Pacific</h3><ul>"
                                                + "<li><a href=\"https://e.example/2\">Oct 4. Tokyo, JP - Rust Meetup</a>.</li></ul><h2>Jobs</h2>",
                                        BASE)
                                .body(),
                        LocalDate.of(2018, 9, 25));
        assertEquals(
                List.of(Mode.VIRTUAL, Mode.IN_PERSON),
                e5.listings().stream().map(Listing::mode).toList());

        Document copy =
                PlainTextPage.toDocument(
                        "Upcoming Events\nOnline\n- 2024-10-03 | Cardiff, UK | G\nAsia Pacific\n"
                                + "- 2024-10-04 | Tokyo, JP | G\nJobs\n",
                        BASE);
        assertEquals(List.of("Online", "Asia Pacific"), copy.select("h3").eachText());
        assertEquals(
                List.of("Online", "Asia Pacific"),
                parseFragment(copy.body().html()).listings().stream()
                        .map(Listing::regionHeading)
                        .toList());
    }

    @Test
    void issuesBeforeTheFirstEraAreReportedNotGuessed() {
        LocalDate beforeTheFirstEra = Era.TABLE.get(0).firstIssue().minusDays(1);
        ParseResult result =
                parser.parse(
                        Jsoup.parseBodyFragment(
                                        "<h2>Upcoming Events</h2><ul>"
                                                + "<li><a href=\"https://x.example\">November 25, 2012 | Cardiff, WLS | <strong>T</strong> | G</a></li></ul>",
                                        BASE)
                                .body(),
                        beforeTheFirstEra);
        assertTrue(result.sectionFound());
        assertEquals(List.of(), result.listings());
        assertEquals(
                List.of("no reader for the events format of issues dated " + beforeTheFirstEra),
                result.problems().stream().map(ParseProblem::reason).toList());
    }

    @Test
    void garbageDoesNotThrow() {
        for (String html :
                List.of(
                        "",
                        "<h2>Upcoming Events</h2>",
                        "<h2>Upcoming Events</h2><ul><li></li><li>2024-</li></ul>",
                        "<h2>Upcoming Events</h2><ul><li>2024-10-10 |||||</li><li>2024-10-10</li><li>2024-13-45 - 99 | x</li></ul>",
                        "<h2>Upcoming Events</h2><ol><li><p>2024-10-10 | <a>no href</a></p><p>* <a href=\"javascript:x\">t</a></p></li></ol>",
                        new String(
                                new byte[] {0, 1, 2, '<', 'h', '2', '>'},
                                StandardCharsets.ISO_8859_1))) {
            parseFragment(html);
        }
        ParseResult loose =
                parseFragment(
                        "<h2>Upcoming Events</h2><ol><li><p>2024-10-10 | Oslo, NO | <a>no href</a></p>"
                                + "<p><a href=\"https://x.example/t\">T</a></p></li></ol>");
        assertEquals(1, loose.listings().size());
        assertNull(loose.listings().get(0).groupUrl());
        assertEquals("T", loose.listings().get(0).title());
    }
}
