package dev.rustyevents.support;

import static io.restassured.RestAssured.given;

import dev.rustyevents.ingest.ScrapeJob;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Loads the fixture site ({@code src/test/resources/site/}: TWiR's real rss.xml and atom.xml with
 * issues 662–665) through the real scrape path, in either kind of test:
 *
 * <ul>
 *   <li>{@code @QuarkusTest}: the application runs in the test's JVM, so this runs its {@link
 *       ScrapeJob}. Idempotent: the second call finds every issue unchanged.
 *   <li>{@code @QuarkusIntegrationTest}: the packaged artifact (jar or native executable) runs in a
 *       process of its own, started by failsafe with {@code RUSTY_EVENTS_TWIR_URL} pointing at the
 *       same fixture site and the default scrape at start-up (see the pom). Nothing can be injected
 *       into it, so this waits until its start-up scrape has ingested the four issues, as a client
 *       would see it: {@code GET /api/issues}.
 * </ul>
 */
public final class FixtureSite {

    /** The fixture feed's issues, newest first, as {@code /api/issues} lists them once read. */
    public static final List<Integer> ISSUES = List.of(665, 664, 663, 662);

    /** The longest an artifact's start-up scrape of the fixture site may take. */
    private static final Duration STARTUP_SCRAPE = Duration.ofSeconds(60);

    private FixtureSite() {}

    /** Scrapes the fixture feed in-process, or waits for the artifact's start-up scrape of it. */
    public static void load() {
        ArcContainer arc = Arc.container();
        if (arc != null && arc.isRunning()) {
            arc.instance(ScrapeJob.class).get().scrape();
        } else {
            awaitStartupScrape();
        }
    }

    private static void awaitStartupScrape() {
        Instant deadline = Instant.now().plus(STARTUP_SCRAPE);
        List<Integer> listed = List.of();
        while (Instant.now().isBefore(deadline)) {
            listed =
                    given().get("/api/issues")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList("number", Integer.class);
            if (listed.equals(ISSUES)) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(
                        "interrupted while waiting for the start-up scrape", e);
            }
        }
        throw new IllegalStateException(
                "the artifact's start-up scrape did not ingest issues "
                        + ISSUES
                        + " of the fixture site within "
                        + STARTUP_SCRAPE
                        + "; /api/issues lists "
                        + listed
                        + " (is RUSTY_EVENTS_TWIR_URL the fixture site?)");
    }
}
