package dev.rustyevents.ingest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Progress of one archive backfill; an unfinished run is resumed after {@link #lastIssue}. */
@Entity
@Table(name = "backfill_run")
public class BackfillRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    /** Null while the run is unfinished. */
    @Column(name = "finished_at")
    public Instant finishedAt;

    /** Number of the last issue this run completed (0 before the first). */
    @Column(name = "last_issue", nullable = false)
    public int lastIssue;

    @Column(name = "issues_total", nullable = false)
    public int issuesTotal;

    @Column(name = "issues_done", nullable = false)
    public int issuesDone;

    @Column(name = "issues_failed", nullable = false)
    public int issuesFailed;
}
