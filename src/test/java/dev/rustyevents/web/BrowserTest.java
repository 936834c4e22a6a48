package dev.rustyevents.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FrameLocator;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pages in headless Chromium ({@link Browser}) over real issues from 2024 to 2026 ({@link
 * ApiHistory}): the filter form with and without JavaScript, the shareable URL, the subscribe links
 * against the API's feeds, the embed in a foreign page's iframe, keyboard use, phone width, no
 * third-party request, and axe-core with every rule and no violation at all, in light and dark at
 * 375 and 1280 px ({@link Browser#axeViolations}). Screenshots go to {@code target/screenshots}
 * ({@code -Drusty.screenshots=DIR} for another place; {@code tools/screenshots.sh} refreshes the
 * ones in {@code docs/}).
 */
@QuarkusTest
@TestProfile(ApiHistoryProfile.class)
class BrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PAGES =
            List.of("/", "/?region=europe&mode=in-person", "/stats", "/embed?mode=virtual");
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
    void shouldFilterWithTheFormIntoAShareableUrl() {
        try (BrowserContext context = browser.chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/"));
            page.selectOption("#f-region", "europe");
            page.selectOption("#f-mode", "in-person");
            page.waitForNavigation(() -> page.click("form.filters button[type=submit]"));
            assertEquals(
                    url("/?region=europe&mode=in-person"),
                    page.url(),
                    "empty fields stay out of the URL");
            List<String> shown = ids(page);
            assertEquals(
                    apiIds("region=europe&mode=in-person"),
                    shown,
                    "the events /api/events gives for the same query");
            assertFalse(shown.isEmpty());
            assertEquals("europe", page.inputValue("#f-region"));

            try (BrowserContext other = browser.chromium.newContext()) {
                Page shared = other.newPage();
                shared.navigate(page.url());
                assertEquals(shown, ids(shared), "the shared URL shows the same events");
                assertEquals("in-person", shared.inputValue("#f-mode"));
            }
        }
    }

    @Test
    void shouldRoundTripFromAndToAndSayWhatToDoWhenNothingMatches() {
        try (BrowserContext context = browser.chromium.newContext()) {
            Page page = context.newPage();
            page.setViewportSize(375, 800);
            page.navigate(url("/"));
            page.click("#filter-box summary");
            page.fill("#f-from", "2024-04-15");
            page.fill("#f-to", "2024-05-15");
            page.waitForNavigation(() -> page.click("form.filters button[type=submit]"));
            assertEquals(url("/?from=2024-04-15&to=2024-05-15"), page.url());
            assertEquals("2024-04-15", page.inputValue("#f-from"), "the form keeps from");
            assertEquals("2024-05-15", page.inputValue("#f-to"), "the form keeps to");
            List<String> shown = ids(page);
            assertFalse(shown.isEmpty(), "past days are listed as they were");
            assertEquals(apiIds("from=2024-04-15&to=2024-05-15"), shown);
            Object countries =
                    page.locator("#f-country option")
                            .evaluateAll("els => els.map(e => e.value).filter(v => v)");
            assertTrue(
                    countries instanceof List<?> l && !l.isEmpty(),
                    "the country menu offers the countries of those days");

            assertTrue(
                    page.textContent("#filter-box summary").contains("from 2024-04-15"),
                    "the folded form says which filter is on");
            page.click("#filter-box summary");
            page.fill("#f-q", "zzzz-no-such-event");
            page.waitForNavigation(() -> page.click("form.filters button[type=submit]"));
            assertTrue(page.isVisible("#empty-state"));
            assertTrue(
                    page.textContent("#empty-state").contains("No event matches this filter"),
                    page.textContent("#empty-state"));
            assertEquals("2024-04-15", page.inputValue("#f-from"), "still kept when empty");
            page.waitForNavigation(() -> page.click("#empty-state a"));
            assertEquals(url("/"), page.url());
            assertEquals(apiIds(""), ids(page), "clearing the filter shows what is upcoming");
        }
    }

    @Test
    void shouldFilterWithoutJavaScript() {
        try (BrowserContext context =
                browser.chromium.newContext(
                        new com.microsoft.playwright.Browser.NewContextOptions()
                                .setJavaScriptEnabled(false))) {
            Page page = context.newPage();
            page.navigate(url("/"));
            assertFalse(page.isVisible("#f-q"), "the form is folded");
            page.click("#filter-box summary");
            page.fill("#f-q", "meetup");
            page.selectOption("#f-mode", "virtual");
            page.waitForNavigation(() -> page.click("form.filters button[type=submit]"));
            assertTrue(
                    page.url().contains("q=meetup") && page.url().contains("mode=virtual"),
                    page.url());
            assertEquals(apiIds("q=meetup&mode=virtual"), ids(page));
            assertTrue(page.locator("button.copy-button").count() > 0);
            assertEquals(
                    0,
                    page.locator("button.copy-button:visible").count(),
                    "without JavaScript there is no copy button, only the selectable field");
        }
    }

    @Test
    void shouldOfferTheApisFeedOfTheFilterAndCopyIt() throws Exception {
        try (BrowserContext context = browser.chromium.newContext()) {
            context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
            Page page = context.newPage();
            page.navigate(url("/?country=DE"));
            Map<String, String> all =
                    given().get("/api/feeds").jsonPath().getMap("find { it.name == 'all' }");
            String https = page.inputValue("#feed-url");
            assertEquals(all.get("url") + "?country=DE", https);
            assertEquals(
                    all.get("webcal") + "?country=DE",
                    page.getAttribute("#subscribe-webcal", "href"));
            assertEquals(
                    "https://calendar.google.com/calendar/render?cid="
                            + java.net.URLEncoder.encode(
                                    all.get("webcal") + "?country=DE",
                                    java.nio.charset.StandardCharsets.UTF_8),
                    page.getAttribute("#subscribe-google", "href"));

            page.click("button.copy-button[data-copy=feed-url]");
            assertEquals(https, page.evaluate("() => navigator.clipboard.readText()"));

            String feed =
                    given().get(https.substring(all.get("url").length() - "/calendar.ics".length()))
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString();
            List<String> shown = ids(page);
            assertFalse(shown.isEmpty());
            for (String id : shown) {
                assertTrue(feed.contains("UID:" + id), "the feed holds " + id);
            }
        }
    }

    @Test
    void shouldShowTheEmbedInAnotherSitesIframeButNotTheMainPage() {
        try (BrowserContext context = browser.chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/?mode=virtual"));
            String snippet = page.inputValue("#embed-code");
            String publicBase =
                    given().get("/api/feeds")
                            .jsonPath()
                            .getString("find { it.name == 'all' }.url")
                            .replace("/calendar.ics", "");
            String local = snippet.replace(publicBase, root.toString().replaceAll("/$", ""));

            Page community = context.newPage();
            community.setContent(
                    "<!DOCTYPE html><title>Rust Meetup</title><h1>Our meetup</h1>"
                            + local
                            + "<iframe id=main-page src=\""
                            + url("/")
                            + "\" title=main></iframe>");
            FrameLocator embed = community.frameLocator("iframe[title='Upcoming Rust events']");
            embed.locator("ul.events li").first().waitFor();
            List<String> titles = embed.locator("ul.events li a").allTextContents();
            assertEquals(
                    given().get("/api/events?status=confirmed&mode=virtual&size=10")
                            .jsonPath()
                            .getList("items.title"),
                    titles);
            assertTrue(
                    community.frames().stream()
                            .noneMatch(
                                    f ->
                                            f.url().equals(url("/"))
                                                    && f.content()
                                                            .contains("Upcoming Rust events")),
                    "the main page refuses to be framed (frame-ancestors 'none')");
        }
    }

    @Test
    void shouldBeUsableByKeyboard() {
        try (BrowserContext context = browser.chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/"));
            page.keyboard().press("Tab");
            assertEquals("skip", page.evaluate("() => document.activeElement.className"));
            assertTrue(
                    page.locator("a.skip").boundingBox().x >= 0,
                    "the skip link shows when focused");
            page.keyboard().press("Enter");
            assertEquals(
                    "main",
                    page.evaluate("() => document.activeElement.id"),
                    "the skip link moves focus to the content");
            page.keyboard().press("Tab");
            assertEquals(
                    "SUMMARY",
                    page.evaluate("() => document.activeElement.tagName"),
                    "after skipping, the filter control is next");
            page.keyboard().press("Tab");
            assertEquals(
                    "f-q",
                    page.evaluate("() => document.activeElement.id"),
                    "the form is open on a wide screen: the search field is next");
            page.keyboard().type("rust");
            page.keyboard().press("Enter");
            page.waitForURL(u -> u.contains("q=rust"));
        }
    }

    @Test
    void shouldFitAPhoneAndLoadNothingFromOtherSites() throws Exception {
        Path shots = Path.of(System.getProperty("rusty.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
        String someEvent = given().get("/api/events?size=1").jsonPath().getString("items[0].id");
        String someGroup =
                given().get("/api/events?size=1").jsonPath().getString("items[0].groupSlug");
        List<String> paths = new ArrayList<>(PAGES);
        paths.add("/events/" + someEvent);
        paths.add("/groups/" + someGroup);
        try (BrowserContext phone =
                        browser.chromium.newContext(
                                new com.microsoft.playwright.Browser.NewContextOptions()
                                        .setViewportSize(390, 844)
                                        .setDeviceScaleFactor(2)
                                        .setIsMobile(true)
                                        .setHasTouch(true));
                BrowserContext desktop =
                        browser.chromium.newContext(
                                new com.microsoft.playwright.Browser.NewContextOptions()
                                        .setViewportSize(1280, 900))) {
            List<String> requested = new ArrayList<>();
            phone.onRequest(r -> requested.add(r.url()));
            desktop.onRequest(r -> requested.add(r.url()));
            Page small = phone.newPage();
            for (String path : paths) {
                small.navigate(url(path));
                small.waitForLoadState();
                int overflow =
                        ((Number)
                                        small.evaluate(
                                                "() => document.documentElement.scrollWidth - window.innerWidth"))
                                .intValue();
                assertTrue(
                        overflow <= 0, path + " is " + overflow + " px wider than a 390 px phone");
            }
            small.navigate(url("/"));
            small.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("main-phone.png")));
            Page wide = desktop.newPage();
            wide.navigate(url("/"));
            wide.screenshot(
                    new Page.ScreenshotOptions().setPath(shots.resolve("main-desktop.png")));
            wide.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
            wide.screenshot(
                    new Page.ScreenshotOptions().setPath(shots.resolve("main-desktop-dark.png")));
            wide.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
            wide.navigate(url("/stats"));
            wide.waitForLoadState();
            assertTrue(
                    (Boolean)
                            wide.evaluate(
                                    "() => document.querySelector('figure.chart img').naturalWidth > 0"),
                    "the chart loads");
            wide.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("stats.png")));
            String origin = root.toString().replaceAll("/$", "");
            List<String> foreign =
                    requested.stream()
                            .filter(u -> !u.startsWith(origin) && !u.startsWith("data:"))
                            .distinct()
                            .toList();
            assertEquals(List.of(), foreign, "requests to other sites");
            assertTrue(
                    requested.stream()
                            .anyMatch(u -> u.matches(".*/assets/[0-9a-f]{12}/site\\.css")),
                    "the style sheet was loaded");
        }
        for (String name : List.of("main-phone.png", "main-desktop.png", "stats.png")) {
            assertTrue(Files.size(shots.resolve(name)) > 10_000, name);
        }
    }

    @Test
    void shouldShowTheFirstEventOnTheFirstScreenOfAPhoneAndADesktop() {
        for (int width : List.of(375, 1280)) {
            try (BrowserContext context =
                    browser.chromium.newContext(
                            new com.microsoft.playwright.Browser.NewContextOptions()
                                    .setViewportSize(width, 800))) {
                Page page = context.newPage();
                page.navigate(url("/"));
                page.waitForLoadState();
                double top = page.locator("li.event").first().boundingBox().y;
                assertTrue(top < 800, "at " + width + " px the first event starts at " + top);
                double subscribe = page.locator("#jump-subscribe").boundingBox().y;
                assertTrue(subscribe < 800, "Subscribe is on the first screen at " + width);
                page.click("#jump-subscribe");
                assertTrue(page.url().endsWith("#subscribe"));
            }
        }
    }

    @Test
    void shouldAnnounceACopyConfirmation() {
        try (BrowserContext context = browser.chromium.newContext()) {
            context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
            Page page = context.newPage();
            page.navigate(url("/"));
            page.click("button.copy-button[data-copy=feed-url]");
            // the confirmation follows the clipboard's promise: wait for it (at most 5 s), then
            // check the live region holds exactly it
            com.microsoft.playwright.Locator status =
                    page.locator("button[data-copy=feed-url] + [aria-live=polite]");
            status.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Copied"))
                    .waitFor(
                            new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(5000));
            assertEquals("Copied to the clipboard", status.textContent());
        }
    }

    @Test
    void shouldHaveNoAccessibilityViolationAtAllOnTheMainEventAndGroupPages() throws Exception {
        String someEvent = given().get("/api/events?size=1").jsonPath().getString("items[0].id");
        String someGroup =
                given().get("/api/events?size=1").jsonPath().getString("items[0].groupSlug");
        List<String> paths =
                List.of(
                        "/",
                        "/?region=europe&mode=in-person",
                        "/?country=UK",
                        "/?q=zzzz-no-such-event",
                        "/events/" + someEvent,
                        "/groups/" + someGroup);
        assertEquals(List.of(), browser.axeViolations(this::url, paths));
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

    private static List<String> apiIds(String query) {
        return given().get("/api/events?status=confirmed&size=" + WebPages.PAGE_SIZE + "&" + query)
                .jsonPath()
                .getList("items.id");
    }
}
