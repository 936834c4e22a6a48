package dev.rustyevents.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One TWiR issue the service has read, addressed by its number. */
@Entity
@Table(name = "twir_issue")
public class TwirIssue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The issue number ("This Week in Rust 634" is 634). */
    @Column(name = "issue_number", nullable = false, unique = true)
    public int number;

    /** Publication date (the date in the issue's URL). */
    @Column(nullable = false)
    public LocalDate published;

    /** Canonical live URL of the issue page. */
    @Column(length = Columns.ISSUE_URL, nullable = false)
    public String url;

    @Column(length = Columns.ISSUE_TITLE)
    public String title;

    /** SHA-256 (hex) of the HTML last read for this issue; an unchanged hash skips re-reading. */
    @Column(name = "content_sha256", length = Columns.SHA256_HEX)
    public String contentSha256;

    @Column(nullable = false)
    public IssueStatus status;

    /** Why the status is what it is (failure reason, parse problems summary), or null. */
    @Column(name = "status_detail", length = Columns.STATUS_DETAIL)
    public String statusDetail;

    @Column(name = "listing_count", nullable = false)
    public int listingCount;

    @Column(name = "event_count", nullable = false)
    public int eventCount;

    @Column(name = "problem_count", nullable = false)
    public int problemCount;

    @Column(name = "ingested_at", nullable = false)
    public Instant ingestedAt;
}
