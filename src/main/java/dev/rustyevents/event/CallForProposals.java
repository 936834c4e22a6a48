package dev.rustyevents.event;

import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.Region;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A conference's call for proposals (talks, papers, speakers), merged from every TWiR issue whose
 * "CFP - Events" section listed it. A call that drops out of the section has closed or was
 * withdrawn: the record stays as it was last listed.
 */
@Entity
@Table(name = "call_for_proposals")
public class CallForProposals {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /**
     * Public id and RFC 5545 UID: a name-based UUID ({@code rusty-events:cfp:} + the identity key
     * first seen). It never changes afterwards, even when the deadline or name does.
     */
    @Column(length = Columns.UID, nullable = false, unique = true)
    public String uid;

    /**
     * What makes two listings the same call (see {@code ingest.CfpIngest}): the normalised call
     * URL.
     */
    @Column(name = "identity_key", length = Columns.IDENTITY_KEY, nullable = false, unique = true)
    public String identityKey;

    /**
     * The conference's name as TWiR wrote it last, without a trailing "CFP" / "Call for Speakers".
     */
    @Column(length = Columns.CFP_NAME, nullable = false)
    public String name;

    /** Where to submit: an absolute http(s) URL as TWiR linked it. */
    @Column(name = "cfp_url", length = Columns.URL, nullable = false)
    public String cfpUrl;

    /** The conference's own site when TWiR linked it ("Event Page"), else null. */
    @Column(name = "event_url", length = Columns.URL)
    public String eventUrl;

    /**
     * Last day to submit: a calendar date without a time zone, as TWiR writes it (the organisers'
     * local day), or as corrected ({@link #note}).
     */
    @Column(nullable = false)
    public LocalDate deadline;

    /** The conference's first day, a local calendar date; null when TWiR gave none readable. */
    @Column(name = "start_date")
    public LocalDate startDate;

    /** Its last day, inclusive; null for a one-day conference or when the dates are unknown. */
    @Column(name = "end_date")
    public LocalDate endDate;

    /** In-person, virtual or hybrid; null when TWiR gave no place. */
    public Mode mode;

    @Column(length = Columns.CITY)
    public String city;

    /** State or province code without the country prefix ({@code QC}), or null. */
    @Column(length = Columns.SUBDIVISION)
    public String subdivision;

    /** ISO 3166-1 alpha-2 country code, or null. */
    @Column(length = Columns.COUNTRY)
    public String country;

    /** Continent of the country; null without one. */
    public Region region;

    /** The place field as TWiR wrote it. */
    @Column(name = "location_raw", length = Columns.LOCATION_RAW)
    public String locationRaw;

    /**
     * What the parser corrected or left out of the last listing (a year typo), in a sentence; null
     * when nothing.
     */
    @Column(length = Columns.NOTE)
    public String note;

    /**
     * The conference as an event (see {@link Event#cfpOnly}); null when its dates were never
     * readable.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    public Event event;

    /** RFC 5545 SEQUENCE: raised each time the name, links, deadline, dates or place change. */
    @Column(nullable = false)
    public int sequence;

    /** Number of the first TWiR issue that listed the call. */
    @Column(name = "first_issue", nullable = false)
    public int firstIssue;

    /** Number of the last TWiR issue that listed the call. */
    @Column(name = "last_issue", nullable = false)
    public int lastIssue;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Last change a subscriber can see (UTC instant); for DTSTAMP and LAST-MODIFIED. */
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
