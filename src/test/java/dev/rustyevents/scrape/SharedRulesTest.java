package dev.rustyevents.scrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The rules every reader shares, each in one place: broken-bold asterisks ({@link VisibleText}), a
 * link's URL ({@link Links}), the ISO date and the month names ({@link IsoDateRange#ANYWHERE},
 * {@link WrittenDate#MONTH}), also as the CFP reader meets them.
 */
class SharedRulesTest {

    private static final String BASE =
            "https://this-week-in-rust.org/blog/2024/10/02/this-week-in-rust-567/";

    @Test
    void shouldDropTheAsterisksBrokenBoldLeavesAtEitherEnd() {
        assertEquals("Title", VisibleText.clean(" **Title ** "));
        assertEquals("Title", VisibleText.clean("Title*"));
        assertEquals("C*Rust", VisibleText.clean("**C*Rust**"), "inner asterisks stay");
        assertNull(VisibleText.clean("** **"));
        assertNull(VisibleText.clean(null));
        assertEquals("", VisibleText.withoutEdgeAsterisks("***"));
        CfpResult cfp =
                new CfpParser()
                        .parse(
                                Jsoup.parse(
                                        "<h3>CFP - Events</h3><ul><li><a href=\"https://c.example/\">"
                                                + "**Rustikon CFP **</a> | Closes 2024-10-30 | Warsaw, Poland</li></ul>",
                                        BASE),
                                LocalDate.of(2024, 10, 2));
        assertEquals(
                "Rustikon",
                cfp.listings().get(0).name(),
                "the CFP name rule, also after broken bold");
    }

    @Test
    void shouldResolveALinkAgainstTheIssueOrKeepItsHref() {
        Document page =
                Jsoup.parseBodyFragment(
                        "<a href=\"eurorust\">a</a><a href=\" https://x.example/ \">b</a>"
                                + "<a href=\"\">c</a><a>d</a>",
                        BASE);
        List<String> urls = page.select("a").stream().map(Links::url).toList();
        assertEquals(
                java.util.Arrays.asList(BASE + "eurorust", "https://x.example/", BASE, null), urls);
        Element noBase = Jsoup.parseBodyFragment("<a href=\"eurorust\">a</a>").selectFirst("a");
        assertEquals("eurorust", Links.url(noBase));
        assertNull(Links.url(null));
    }

    @Test
    void shouldFindOneIsoDateShapeEverywhere() {
        WrittenDate padded = WrittenDate.find("[2014-12-08 Seattle Rust Meetup]").orElseThrow();
        assertEquals(List.of(2014, 12, 8), List.of(padded.year(), padded.month(), padded.day()));
        WrittenDate unpadded = WrittenDate.find("Meetup 2023-10-9").orElseThrow();
        assertEquals(
                List.of(2023, 10, 9),
                List.of(unpadded.year(), unpadded.month(), unpadded.day()),
                "month and day need not be zero padded, as in the E9 lines");
        assertEquals(false, IsoDateRange.ANYWHERE.matcher("12023-10-09").find());
    }

    @Test
    void shouldReadTheCorpusMonthTyposInEveryDateShape() {
        for (String word : List.of("Oc", "Octover", "Oct.", "October")) {
            assertEquals(10, WrittenDate.find(word + " 26").orElseThrow().month(), word);
        }
        assertEquals(2, WrittenDate.month("Februar"));
        assertEquals(12, WrittenDate.month("Dex"));
        assertEquals(0, WrittenDate.month("Smarch"));
        CfpResult cfp =
                new CfpParser()
                        .parse(
                                Jsoup.parse(
                                        "<h3>CFP - Events</h3><ul><li><a href=\"https://c.example/\">Conf</a>"
                                                + " | Closes 30 Octover 2024 | Oslo, Norway | 3 Dec. 2024</li></ul>",
                                        BASE),
                                LocalDate.of(2024, 10, 2));
        assertEquals(List.of(), cfp.problems());
        assertEquals(LocalDate.of(2024, 10, 30), cfp.listings().get(0).deadline());
        assertEquals(LocalDate.of(2024, 12, 3), cfp.listings().get(0).startDate());
    }
}
