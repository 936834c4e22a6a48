package dev.rustyevents.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ElementHandle;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import dev.rustyevents.support.ApiHistory;
import dev.rustyevents.support.ApiHistoryProfile;
import dev.rustyevents.support.FixedClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /stats} and {@code /embed} in headless Chromium ({@link Browser}) at phone and desktop
 * widths, light and dark: the chart's text is at least 12 CSS px wherever it is shown, the chart is
 * dark in dark mode, the table starts with the newest month and says which months are not over, the
 * embed's {@code theme} wins over the viewer's setting, its "More events" link shows inside the
 * main page's snippet frame, and axe-core (every rule, experimental ones included) finds nothing.
 */
@QuarkusTest
@TestProfile(ApiHistoryProfile.class)
class StatsEmbedBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The smallest rendered font size (CSS px) among the chart's texts as the page shows it: the
     * SVG the {@code <img>} picked ({@code currentSrc}) is drawn inline at the image's size, and
     * each text's computed font size is multiplied by its scale on screen (rotation left out).
     * Returns {@code [min font px, min line thickness px, number of texts, chosen file]}.
     */
    private static final String CHART_TEXT =
            """
            async () => {
              const img = document.querySelector('figure.chart img');
              const svgText = await (await fetch(img.currentSrc)).text();
              const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
              const shown = document.importNode(svg, true);
              shown.setAttribute('width', img.getBoundingClientRect().width);
              shown.setAttribute('height', img.getBoundingClientRect().height);
              const box = document.createElement('div');
              box.style.position = 'absolute'; box.style.left = '0'; box.style.top = '0';
              box.appendChild(shown);
              document.body.appendChild(box);
              let font = Infinity, height = Infinity, count = 0;
              for (const t of shown.querySelectorAll('text')) {
                if (!t.textContent.trim()) continue;
                count++;
                const m = t.getScreenCTM(), r = t.getBoundingClientRect();
                font = Math.min(font, parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b));
                // a line's thickness: its box's height, or its width when turned (the y axis title)
                height = Math.min(height, Math.abs(m.b) > Math.abs(m.a) ? r.width : r.height);
              }
              box.remove();
              return [font, height, count, new URL(img.currentSrc).pathname];
            }
            """;

    private static Browser browser;

    @TestHTTPResource("/")
    URL root;

    @Inject ApiHistory history;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void load() {
        history.load();
    }

    @Test
    void shouldDrawTheChartsTextAtLeast12PxFromPhoneToDesktop() {
        Map<Integer, String> expected =
                Map.of(
                        320, "/stats/chart-narrow.svg",
                        375, "/stats/chart-narrow.svg",
                        576, "/stats/chart-medium.svg",
                        768, "/stats/chart-medium.svg",
                        899, "/stats/chart-medium.svg",
                        900, "/stats/chart.svg",
                        1280, "/stats/chart.svg",
                        1920, "/stats/chart.svg");
        for (var width : expected.keySet().stream().sorted().toList()) {
            try (BrowserContext context =
                    browser.chromium.newContext(
                            new com.microsoft.playwright.Browser.NewContextOptions()
                                    .setViewportSize(width, 800)
                                    .setBypassCSP(true))) {
                Page page = context.newPage();
                page.navigate(url("/stats"));
                page.waitForFunction(
                        "() => document.querySelector('figure.chart img').complete"
                                + " && document.querySelector('figure.chart img').naturalWidth > 0");
                List<?> measured = (List<?>) page.evaluate(CHART_TEXT);
                double font = ((Number) measured.get(0)).doubleValue();
                double height = ((Number) measured.get(1)).doubleValue();
                assertEquals(expected.get(width), measured.get(3), "the form shown at " + width);
                assertTrue(((Number) measured.get(2)).intValue() > 10, "texts at " + width);
                assertTrue(font >= 12, "smallest chart text at " + width + " px: " + font + " px");
                assertTrue(height >= 12, "lowest text box at " + width + " px: " + height + " px");
                int overflow =
                        ((Number)
                                        page.evaluate(
                                                "() => document.documentElement.scrollWidth - window.innerWidth"))
                                .intValue();
                assertTrue(overflow <= 0, "/stats is " + overflow + " px too wide at " + width);
            }
        }
    }

    @Test
    void shouldDrawTheChartDarkInDarkModeAndLightInLightMode() throws Exception {
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            try (BrowserContext context =
                    browser.chromium.newContext(
                            new com.microsoft.playwright.Browser.NewContextOptions()
                                    .setViewportSize(375, 800)
                                    .setColorScheme(scheme))) {
                Page page = context.newPage();
                page.navigate(url("/stats"));
                Locator img = page.locator("figure.chart img");
                page.waitForFunction(
                        "() => document.querySelector('figure.chart img').naturalWidth > 0");
                BufferedImage shot = ImageIO.read(new ByteArrayInputStream(img.screenshot()));
                // the backdrop at the top right corner, above the y axis' top label
                double chart = luminance(shot.getRGB(shot.getWidth() - 3, 2));
                double card =
                        luminance(
                                rgb(
                                        (String)
                                                page.evaluate(
                                                        "() => getComputedStyle(document.querySelector('figure.chart')).backgroundColor")));
                if (scheme == ColorScheme.DARK) {
                    assertTrue(chart < 0.1, "dark chart background, luminance " + chart);
                    assertTrue(card < 0.1, "dark card, luminance " + card);
                } else {
                    assertTrue(chart > 0.9, "light chart background, luminance " + chart);
                    assertTrue(card > 0.9, "light card, luminance " + card);
                }
            }
        }
    }

    @Test
    void shouldListTheNewestMonthFirstAndMarkTheMonthsNotOverYet() {
        try (BrowserContext context = browser.chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/stats"));
            List<String> months =
                    page.locator("table.stats tbody th time").all().stream()
                            .map(t -> t.getAttribute("datetime"))
                            .toList();
            assertTrue(months.size() > 24, "months: " + months.size());
            List<String> newestFirst = months.stream().sorted(Comparator.reverseOrder()).toList();
            assertEquals(newestFirst, months, "newest month first");
            YearMonth current = YearMonth.from(FixedClock.NOW.atZone(ZoneOffset.UTC));
            assertTrue(
                    months.contains(current.toString()),
                    "the current month " + current + " is there");
            for (Locator row : page.locator("table.stats tbody tr").all()) {
                YearMonth month = YearMonth.parse(row.locator("th time").getAttribute("datetime"));
                String header = row.locator("th").innerText().strip();
                if (month.isBefore(current)) {
                    assertEquals(month.toString(), header, "a month that is over");
                } else {
                    assertEquals(month + " (so far)", header, "marked in words, not colour");
                }
            }
        }
    }

    @Test
    void shouldTakeTheEmbedsThemeOverTheViewersSetting() {
        for (ColorScheme viewer : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            try (BrowserContext context =
                    browser.chromium.newContext(
                            new com.microsoft.playwright.Browser.NewContextOptions()
                                    .setColorScheme(viewer))) {
                Page host = context.newPage();
                host.setContent(
                        "<!DOCTYPE html><title>Host</title>"
                                + "<iframe title=light src=\""
                                + url("/embed?theme=light")
                                + "\"></iframe><iframe title=dark src=\""
                                + url("/embed?theme=dark")
                                + "\"></iframe><iframe title=auto src=\""
                                + url("/embed")
                                + "\"></iframe>");
                double light = bodyLuminance(host.frameLocator("iframe[title=light]"));
                double dark = bodyLuminance(host.frameLocator("iframe[title=dark]"));
                double auto = bodyLuminance(host.frameLocator("iframe[title=auto]"));
                assertTrue(light > 0.9, viewer + " viewer, theme=light: " + light);
                assertTrue(dark < 0.1, viewer + " viewer, theme=dark: " + dark);
                if (viewer == ColorScheme.DARK) {
                    assertTrue(auto < 0.1, "theme=auto follows a dark viewer: " + auto);
                } else {
                    assertTrue(auto > 0.9, "theme=auto follows a light viewer: " + auto);
                }
            }
        }
        given().get("/embed?theme=sepia").then().statusCode(400);
        given().get("/embed?theme=DARK").then().statusCode(400);
        assertEquals(
                "dark",
                given().get("/embed?theme=dark")
                        .then()
                        .statusCode(200)
                        .extract()
                        .htmlPath()
                        .getString("html.@data-theme"));
    }

    @Test
    void shouldShowTheEmbedsMoreLinkInsideTheSnippetsFrame() {
        try (BrowserContext context = browser.chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/"));
            String snippet = page.inputValue("#embed-code");
            String publicBase =
                    given().get("/api/feeds")
                            .jsonPath()
                            .getString("find { it.name == 'all' }.url")
                            .replace("/calendar.ics", "");
            String local = snippet.replace(publicBase, root.toString().replaceAll("/$", ""));
            Page community = context.newPage();
            community.setContent(
                    "<!DOCTYPE html><title>Rust Meetup</title><h1>Our meetup</h1>" + local);
            ElementHandle frameElement =
                    community.waitForSelector("iframe[title='Upcoming Rust events']");
            FrameLocator embed = community.frameLocator("iframe[title='Upcoming Rust events']");
            Locator more = embed.locator("p.more a");
            more.waitFor();
            assertTrue(
                    (Boolean)
                            embed.locator("html").evaluate("h => h.scrollHeight > h.clientHeight"),
                    "the default list is taller than the frame (else the test shows nothing)");
            BoundingBox frame = frameElement.boundingBox();
            BoundingBox link = more.boundingBox();
            assertTrue(
                    link.y >= frame.y && link.y + link.height <= frame.y + frame.height,
                    "the More link ("
                            + link.y
                            + "+"
                            + link.height
                            + ") inside the frame ("
                            + frame.y
                            + "+"
                            + frame.height
                            + ")");
            assertTrue(
                    (Boolean)
                            more.evaluate(
                                    "a => { const r = a.getBoundingClientRect();"
                                            + " return a.contains(document.elementFromPoint("
                                            + "r.x + r.width / 2, r.y + r.height / 2)); }"),
                    "nothing covers the More link");
        }
    }

    @Test
    void shouldHaveNoAccessibilityViolationsWithAllAxeRules() throws Exception {
        List<String> paths =
                List.of(
                        "/stats",
                        "/embed",
                        "/embed?theme=light",
                        "/embed?theme=dark",
                        "/embed?mode=virtual&limit=50",
                        "/embed?theme=sepia");
        assertEquals(List.of(), browser.axeViolations(this::url, paths));
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    private static double bodyLuminance(FrameLocator frame) {
        Locator body = frame.locator("body");
        body.locator("h1").waitFor();
        return luminance(rgb((String) body.evaluate("b => getComputedStyle(b).backgroundColor")));
    }

    /**
     * @param css a computed colour, {@code rgb(r, g, b)} or {@code rgba(…)}
     * @return it as 0xRRGGBB
     */
    private static int rgb(String css) {
        String[] parts = css.replaceAll("[^0-9.,]", "").split(",");
        return (Integer.parseInt(parts[0]) << 16)
                | (Integer.parseInt(parts[1]) << 8)
                | Integer.parseInt(parts[2]);
    }

    /** WCAG 2.1 relative luminance of 0xRRGGBB: 0 black to 1 white. */
    private static double luminance(int rgb) {
        double[] c = {(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff};
        for (int i = 0; i < 3; i++) {
            double s = c[i] / 255;
            c[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
