package dev.rustyevents.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import dev.rustyevents.support.ApiHistory;
import dev.rustyevents.support.ApiHistoryProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The maps ({@link PlaceMap}) in headless Chromium ({@link Browser}) over real issues from 2024 to
 * 2026 ({@link ApiHistory}): a dot is a link a visitor can click, and it lands on the list of that
 * place's events; the outline image loads; the map fits a phone. Screenshots in light and dark go
 * to {@code target/screenshots} ({@code -Drusty.screenshots=DIR}).
 */
@QuarkusTest
@TestProfile(ApiHistoryProfile.class)
class PlaceMapBrowserTest {

    private static final Pattern COUNT = Pattern.compile(": (\\d+) events?$");
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
    void shouldOpenThePlacesEventsFromItsDot() {
        try (BrowserContext context = browser.chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/"));
            // the last dot is the smallest, drawn on top of the others: nothing covers it
            Locator dot = page.locator("#events-map svg a").last();
            String title = dot.locator("title").textContent();
            Matcher m = COUNT.matcher(title);
            assertTrue(m.find(), title);
            int count = Integer.parseInt(m.group(1));
            page.waitForNavigation(() -> dot.locator("circle").click());
            assertTrue(page.url().contains("near="), page.url());
            assertTrue(
                    page.locator("#events-title").textContent().endsWith("(" + count + ")"),
                    title + " → " + page.locator("#events-title").textContent());
            assertEquals(count, page.locator("li.event").count(), title);
            assertEquals(
                    1, page.locator("#events-map svg a").count(), "its own map has the one place");
        }
    }

    @Test
    void shouldDrawTheOutlineAndFitAPhoneInLightAndDark() throws Exception {
        Path shots = Path.of(System.getProperty("rusty.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
        for (ColorScheme scheme : new ColorScheme[] {ColorScheme.LIGHT, ColorScheme.DARK}) {
            for (int width : new int[] {375, 1280}) {
                try (BrowserContext context =
                        browser.chromium.newContext(
                                new com.microsoft.playwright.Browser.NewContextOptions()
                                        .setViewportSize(width, 800)
                                        .setColorScheme(scheme))) {
                    Page page = context.newPage();
                    for (String path : new String[] {"/", "/?country=DE", "/stats"}) {
                        page.navigate(url(path));
                        page.waitForLoadState();
                        Locator map = page.locator("figure.place-map svg");
                        var box = map.boundingBox();
                        assertTrue(box.width > 0 && box.height > 0, path);
                        double column =
                                ((Number)
                                                page.evaluate(
                                                        "() => document.querySelector('figure.place-map').clientWidth"))
                                        .doubleValue();
                        assertEquals(
                                column, box.width, 1.5, path + " fills its column at " + width);
                        assertTrue(
                                box.x >= 0 && box.x + box.width <= width,
                                path + " inside a " + width + " px screen");
                        String name =
                                "map"
                                        + path.replaceAll("[^a-zA-Z]+", "-")
                                        + width
                                        + "-"
                                        + scheme.name().toLowerCase(java.util.Locale.ROOT)
                                        + ".png";
                        assertTrue(
                                (Boolean)
                                        page.evaluate(
                                                "() => performance.getEntriesByType('resource')"
                                                        + ".some(e => /\\/assets\\/[0-9a-f]{12}\\/world\\.svg$/.test(e.name))"),
                                path + ": the outline was loaded");
                        map.screenshot(
                                new Locator.ScreenshotOptions().setPath(shots.resolve(name)));
                    }
                }
            }
        }
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }
}
