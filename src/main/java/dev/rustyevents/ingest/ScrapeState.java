package dev.rustyevents.ingest;

import dev.rustyevents.event.Columns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The feed scrape as every replica sharing the database sees it (one row, id 1): when the last
 * scrape started, when one last read the whole feed, and when and why one last failed.
 */
@Entity
@Table(name = "scrape_state")
public class ScrapeState {

    /** The one row's id. */
    static final int ID = 1;

    @Id public int id;

    /** When the last scrape started, in any replica; null before the first. */
    @Column(name = "last_started_at")
    public Instant lastStartedAt;

    /**
     * When a scrape last read the whole feed (every issue ingested, or the feed unchanged); null
     * before.
     */
    @Column(name = "last_success_at")
    public Instant lastSuccessAt;

    /**
     * When a scrape last failed (see {@link #lastFailure}), in any replica; null before the first
     * failure.
     */
    @Column(name = "last_failure_at")
    public Instant lastFailureAt;

    /** Why that scrape failed, in a sentence or a few (at most 2000 characters); null before. */
    @Column(name = "last_failure", length = Columns.STATUS_DETAIL)
    public String lastFailure;
}
