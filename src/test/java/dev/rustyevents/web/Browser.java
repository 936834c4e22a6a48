package dev.rustyevents.web;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The machine's headless Chromium, driven by Playwright for Java: Debian's {@code chromium} package
 * at {@code /usr/bin/chromium} ({@code -Drusty.chromium=PATH} for another), which {@code .ci/run}
 * installs. Nothing downloads a browser: {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD} is set for
 * Playwright's driver, and the executable path is always given.
 */
final class Browser implements AutoCloseable {

    /**
     * Deque's axe-core, installed by npm with the test's other JavaScript ({@code src/test/js}).
     */
    static final Path AXE = Path.of("src/test/js/node_modules/axe-core/axe.min.js");

    private static final ObjectMapper JSON = new ObjectMapper();

    final Playwright playwright;
    final com.microsoft.playwright.Browser chromium;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium) {
        this.playwright = playwright;
        this.chromium = chromium;
    }

    /**
     * @return a started headless Chromium
     * @throws org.opentest4j.AssertionFailedError naming the missing browser (install it with
     *     {@code apt-get install chromium}, as .ci/run does)
     */
    static Browser start() {
        Path executable = Path.of(System.getProperty("rusty.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            fail(
                    "no Chromium at "
                            + executable
                            + ": install Debian's chromium package (.ci/run does) or pass -Drusty.chromium=PATH");
        }
        Playwright playwright =
                Playwright.create(
                        new Playwright.CreateOptions()
                                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start
        return new Browser(
                playwright,
                playwright
                        .chromium()
                        .launch(
                                new BrowserType.LaunchOptions()
                                        .setExecutablePath(executable)
                                        .setHeadless(true)
                                        .setArgs(List.of("--no-sandbox"))));
    }

    /**
     * @return axe-core's source, to inject into a page
     */
    static String axe() {
        try {
            return Files.readString(AXE);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "axe-core is installed by npm ci in src/test/js (the build's generate-test-resources)",
                    e);
        }
    }

    /**
     * Runs axe-core with every rule it has (experimental ones included) on each page, in light and
     * dark and at a phone's and a desktop's width (375 and 1280 px, 800 high).
     *
     * @param address a path ("/stats") to the absolute URL to load
     * @param paths the pages
     * @return every violation, one line each ("dark 375 /stats: region (moderate) … at [...]");
     *     empty when there is none
     */
    List<String> axeViolations(java.util.function.UnaryOperator<String> address, List<String> paths)
            throws IOException {
        String axe = axe();
        List<String> problems = new java.util.ArrayList<>();
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            for (int width : List.of(375, 1280)) {
                // axe is injected as a script of its own, which the pages' CSP forbids: bypass it
                // for the audit only
                try (BrowserContext context =
                        chromium.newContext(
                                new com.microsoft.playwright.Browser.NewContextOptions()
                                        .setViewportSize(width, 800)
                                        .setBypassCSP(true)
                                        .setColorScheme(scheme))) {
                    Page page = context.newPage();
                    for (String path : paths) {
                        page.navigate(address.apply(path));
                        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
                        String result =
                                (String)
                                        page.evaluate(
                                                "async () => JSON.stringify((await axe.run(document, {"
                                                        + " runOnly: {type: 'rule', values: axe.getRules().map(r => r.ruleId)},"
                                                        + " resultTypes: ['violations']})).violations)");
                        for (JsonNode v : JSON.readTree(result)) {
                            List<String> targets = new java.util.ArrayList<>();
                            v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
                            problems.add(
                                    scheme
                                            + " "
                                            + width
                                            + " "
                                            + path
                                            + ": "
                                            + v.path("id").asText()
                                            + " ("
                                            + v.path("impact").asText()
                                            + ") "
                                            + v.path("help").asText()
                                            + " at "
                                            + targets.subList(0, Math.min(3, targets.size())));
                        }
                    }
                }
            }
        }
        return problems;
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
