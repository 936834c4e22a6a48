package dev.rustyevents.support;

import dev.rustyevents.ingest.ScrapeJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Loads the fixture site ({@code src/test/resources/site/}: TWiR's real rss.xml and atom.xml with
 * issues 662–665) through the real scrape path. Idempotent: the second call finds every issue
 * unchanged.
 */
@ApplicationScoped
public class FixtureSite {

    @Inject
    ScrapeJob job;

    /** Scrapes the fixture feed (a no-op for the data once it has been read). */
    public void load() {
        job.scrape();
    }
}
