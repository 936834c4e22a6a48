package dev.rustyevents.web;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
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

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
