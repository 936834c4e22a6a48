package dev.rustyevents.event;

import dev.rustyevents.vocabulary.Mode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * Provenance: one entry of one issue's events section as it was parsed, and the event it became
 * (null when it could not be read; {@link #problem} then says why).
 */
@Entity
@Table(name = "listing")
public class StoredListing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issue_id")
    public TwirIssue issue;

    /** 0-based position in the issue's events section. */
    @Column(nullable = false)
    public int ordinal;

    @Column(name = "region_heading", length = Columns.REGION_HEADING)
    public String regionHeading;

    @Column(length = Columns.RAW, nullable = false)
    public String raw;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public Mode mode;

    @Column(name = "location_raw", length = Columns.LOCATION_RAW)
    public String locationRaw;

    @Column(length = Columns.CITY)
    public String city;

    @Column(length = Columns.SUBDIVISION)
    public String subdivision;

    @Column(length = Columns.COUNTRY)
    public String country;

    @Column(name = "group_name", length = Columns.GROUP_NAME)
    public String groupName;

    @Column(name = "group_url", length = Columns.URL)
    public String groupUrl;

    @Column(length = Columns.TITLE)
    public String title;

    @Column(name = "event_url", length = Columns.URL)
    public String eventUrl;

    /**
     * True when the date was written without a year and the year was inferred from the issue date.
     */
    @Column(name = "year_inferred", nullable = false)
    public boolean yearInferred;

    @Column(length = Columns.PROBLEM)
    public String problem;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    public Event event;
}
