package dev.rustyevents.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Geolocation;
import dev.rustyevents.support.ApiHistory;
import dev.rustyevents.support.ApiHistoryProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The main page's distance filter in headless Chromium ({@link Browser}) over real issues ({@link
 * ApiHistory}): typing a place (with suggestions from {@code /api/places}) and a radius lists the
 * API's events near it and offers their feed; "Use my location" fills the box from the browser's
 * geolocation, rounded, and says so when the location is refused; it fits 375 px and has no
 * accessibility violation.
 */
@QuarkusTest
@TestProfile(ApiHistoryProfile.class)
class NearBrowserTest {

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
    void shouldListTheEventsNearAPlaceTypedInTheFormAndOfferTheirFeed() {
        try (BrowserContext context = browser.chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/"));
            page.fill("#f-near", "Berl");
            page.locator("#near-places option[value='Berlin,DE-BE']").waitFor(attached());
            page.fill("#f-near", "Berlin");
            page.selectOption("#f-radius", "50");
            page.fill("#f-from", "2024-01-01");
            page.waitForNavigation(() -> page.click("form.filters button[type=submit]"));
            assertEquals(
                    url("/?near=Berlin&radius=50&from=2024-01-01"), page.url(), "the form's order");
            List<String> shown = ids(page);
            assertFalse(shown.isEmpty());
            assertEquals(
                    given().get(
                                    "/api/events?status=confirmed&size="
                                            + WebPages.PAGE_SIZE
                                            + "&from=2024-01-01&near=Berlin&radius=50")
                            .jsonPath()
                            .getList("items.id"),
                    shown,
                    "the events /api/events gives near Berlin");
            for (String distance : page.locator("li.event .distance").allTextContents()) {
                assertTrue(
                        distance.equals("under 1 km away")
                                || Integer.parseInt(distance.replace(" km away", "")) <= 50,
                        distance);
            }
            assertEquals(shown.size(), page.locator("li.event .distance").count());
            assertEquals("Berlin", page.inputValue("#f-near"));
            assertEquals("50", page.inputValue("#f-radius"));
            assertTrue(
                    page.inputValue("#feed-url").endsWith("?from=2024-01-01&near=Berlin&radius=50"),
                    page.inputValue("#feed-url"));
            assertTrue(
                    page.getAttribute("#subscribe-webcal", "href").contains("near=Berlin"),
                    page.getAttribute("#subscribe-webcal", "href"));

            page.fill("#f-near", "");
            page.fill("#f-from", "");
            page.waitForNavigation(() -> page.click("form.filters button[type=submit]"));
            assertFalse(page.url().contains("radius"), "an empty Near sends no radius either");
            assertTrue(page.url().matches(".*/\\??$"), page.url());
        }
    }

    @Test
    void shouldFillNearFromTheBrowsersLocationRoundedToAboutAKilometre() {
        try (BrowserContext context =
                browser.chromium.newContext(
                        new com.microsoft.playwright.Browser.NewContextOptions()
                                .setPermissions(List.of("geolocation"))
                                .setGeolocation(new Geolocation(52.520008, 13.404954)))) {
            Page page = context.newPage();
            page.navigate(url("/"));
            assertTrue(page.isVisible("#near-here"), "shown where geolocation is offered");
            page.click("#near-here");
            assertThat(page.locator("#f-near")).hasValue("52.52,13.40");
            assertTrue(
                    page.textContent("#near-status").contains("rounded to about 1 km"),
                    page.textContent("#near-status"));
            assertEquals("polite", page.getAttribute("#near-status", "aria-live"));
            page.waitForNavigation(() -> page.click("form.filters button[type=submit]"));
            assertEquals(url("/?near=52.52%2C13.40"), page.url());
            assertTrue(
                    page.textContent("#filter-box summary").contains("near 52.52,13.40, 100 km"));
        }
    }

    @Test
    void shouldSayWhenTheLocationIsRefusedAndHideTheButtonWithoutScript() {
        try (BrowserContext context = browser.chromium.newContext()) {
            context.clearPermissions();
            Page page = context.newPage();
            page.navigate(url("/?near=Hamburg"));
            page.click("#near-here");
            page.locator("#near-status")
                    .filter(
                            new com.microsoft.playwright.Locator.FilterOptions()
                                    .setHasText("Near is unchanged"))
                    .waitFor();
            assertEquals("Hamburg", page.inputValue("#f-near"), "left as it was");
        }
        try (BrowserContext context =
                browser.chromium.newContext(
                        new com.microsoft.playwright.Browser.NewContextOptions()
                                .setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(url("/"));
            page.click("#filter-box summary");
            assertTrue(page.isVisible("#f-near"));
            assertFalse(page.isVisible("#near-here"), "no location button without script");
        }
    }

    @Test
    void shouldFitAPhoneWithTheDistanceFilterOpen() throws java.io.IOException {
        try (BrowserContext context =
                browser.chromium.newContext(
                        new com.microsoft.playwright.Browser.NewContextOptions()
                                .setViewportSize(375, 800)
                                .setPermissions(List.of("geolocation"))
                                .setGeolocation(new Geolocation(52.52, 13.40)))) {
            Page page = context.newPage();
            for (String path :
                    List.of("/?from=2024-01-01&near=Berlin&radius=50", "/?near=Brelin", "/")) {
                page.navigate(url(path));
                page.waitForLoadState();
                if (!page.isVisible("#f-near")) {
                    page.click("#filter-box summary");
                }
                page.click("#near-here");
                assertThat(page.locator("#f-near")).hasValue("52.52,13.40");
                int overflow =
                        ((Number)
                                        page.evaluate(
                                                "() => document.documentElement.scrollWidth - window.innerWidth"))
                                .intValue();
                assertTrue(overflow <= 0, path + " is " + overflow + " px wider than 375 px");
            }
            page.navigate(url("/?from=2024-01-01&near=Berlin&radius=50"));
            page.click("#filter-box summary");
            page.click("#near-here");
            assertThat(page.locator("#near-status")).containsText("rounded");
            java.nio.file.Path shots =
                    java.nio.file.Path.of(
                            System.getProperty("rusty.screenshots", "target/screenshots"));
            java.nio.file.Files.createDirectories(shots);
            page.screenshot(
                    new Page.ScreenshotOptions()
                            .setPath(shots.resolve("near-phone.png"))
                            .setFullPage(true));
        }
    }

    @Test
    void shouldHaveNoAccessibilityViolationWithTheDistanceFilter() throws Exception {
        assertEquals(
                List.of(),
                browser.axeViolations(
                        this::url,
                        List.of(
                                "/?from=2024-01-01&near=Berlin&radius=50",
                                "/?near=Brelin",
                                "/embed?near=Berlin&from=2024-01-01")));
    }

    private static com.microsoft.playwright.Locator.WaitForOptions attached() {
        return new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED)
                .setTimeout(10_000);
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    private static List<String> ids(Page page) {
        List<String> hrefs =
                page.locator("li.event a.title")
                                        .evaluateAll("els => els.map(e => e.getAttribute('href'))")
                                instanceof List<?> l
                        ? l.stream().map(Object::toString).toList()
                        : List.of();
        return hrefs.stream().map(h -> h.substring("/events/".length())).toList();
    }
}
