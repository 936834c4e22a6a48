package dev.rustyevents.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counters of what scrapes and ingests did, on {@code /q/metrics} (Prometheus names in brackets):
 * scrape runs ({@code rusty_events_scrape_runs_total}), runs that failed ({@code
 * rusty_events_scrape_failures_total}), scheduled ticks skipped ({@code
 * rusty_events_scrape_skipped_total}, {@code reason} {@code busy}: another run holds the ingest
 * lock, or {@code recent}: another replica scraped this interval), and per committed ingest the
 * listings parsed and the events created, updated and delisted ({@code
 * rusty_events_listings_parsed_total}, {@code rusty_events_events_created_total}, …). Counts are
 * this replica's; sum them over replicas. Unreadable entries ({@link FormatDrift}): a counter of
 * every entry no era could read, over all ingests ({@code rusty_events_entries_unreadable_total}),
 * and a gauge of the newest issue's ({@code rusty_events_issue_unreadable_entries}, with the issue
 * number in the gauge {@code rusty_events_issue_latest}). The issue number is no label: one series
 * per week forever is unbounded cardinality, and the gauge pair answers "does the newest issue
 * read?" while the counter's rate shows when it started.
 */
@ApplicationScoped
public class IngestMetrics {

    private final Counter runs;
    private final Counter failures;
    private final Counter skippedBusy;
    private final Counter skippedRecent;
    private final Counter listings;
    private final Counter created;
    private final Counter updated;
    private final Counter delisted;
    private final Counter unreadable;
    private final AtomicInteger latestIssue = new AtomicInteger();
    private final AtomicInteger latestUnreadable = new AtomicInteger();

    public IngestMetrics(MeterRegistry registry) {
        this.runs = registry.counter("rusty_events.scrape.runs");
        this.failures = registry.counter("rusty_events.scrape.failures");
        this.skippedBusy = registry.counter("rusty_events.scrape.skipped", "reason", "busy");
        this.skippedRecent = registry.counter("rusty_events.scrape.skipped", "reason", "recent");
        this.listings = registry.counter("rusty_events.listings.parsed");
        this.created = registry.counter("rusty_events.events.created");
        this.updated = registry.counter("rusty_events.events.updated");
        this.delisted = registry.counter("rusty_events.events.delisted");
        this.unreadable = registry.counter("rusty_events.entries.unreadable");
        registry.gauge("rusty_events.issue.latest", latestIssue);
        registry.gauge("rusty_events.issue.unreadable_entries", latestUnreadable);
    }

    /** A scrape ran (it held the lock and was due). */
    void scrapeRan() {
        runs.increment();
    }

    /**
     * A scrape that ran could not read the whole feed: the feed unusable or gone back to older
     * issues, an issue that failed or looked anomalous.
     */
    void scrapeFailed() {
        failures.increment();
    }

    /** A scheduled tick did not scrape: another run held the ingest lock. */
    void skippedBusy() {
        skippedBusy.increment();
    }

    /**
     * A scheduled tick did not scrape: a scrape started less than three quarters of an interval
     * ago.
     */
    void skippedRecent() {
        skippedRecent.increment();
    }

    /** Counts an ingest's listings and events once its transaction has committed. */
    void onIngest(@Observes(during = TransactionPhase.AFTER_SUCCESS) IngestReport report) {
        listings.increment(report.listings());
        created.increment(report.created());
        updated.increment(report.updated());
        delisted.increment(report.delisted());
        if (!report.unchanged()) {
            unreadable.increment(report.problems());
            if (report.issue() >= latestIssue.get()) {
                latestIssue.set(report.issue());
                latestUnreadable.set(report.problems());
            }
        }
    }
}
