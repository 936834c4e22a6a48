package dev.rustyevents.event;

import dev.rustyevents.vocabulary.Mode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An operator's correction of one event: the values that replace what TWiR listed, and whether the
 * event is hidden. A null field is not corrected (TWiR's value stands). The stored {@link Event}
 * carries the corrected values, so every query sees them; the ingest applies the correction again
 * to each later listing of the event (see {@code ingest.Corrections}).
 */
@Entity
@Table(name = "event_correction")
public class EventCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The corrected event; one correction per event. */
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false, unique = true)
    public Event event;

    @Column(length = Columns.TITLE)
    public String title;

    @Column(name = "start_date")
    public LocalDate startDate;

    /** Last day, inclusive. */
    @Column(name = "end_date")
    public LocalDate endDate;

    public Mode mode;

    @Column(length = Columns.CITY)
    public String city;

    /** ISO 3166-2 subdivision code without the country prefix ({@code WA}). */
    @Column(length = Columns.SUBDIVISION)
    public String subdivision;

    /** ISO 3166-1 alpha-2 country code; the event's region follows from it. */
    @Column(length = Columns.COUNTRY)
    public String country;

    @Column(name = "group_name", length = Columns.GROUP_NAME)
    public String groupName;

    @Column(name = "group_url", length = Columns.URL)
    public String groupUrl;

    @Column(name = "event_url", length = Columns.URL)
    public String eventUrl;

    /** True to leave the event out of every read (API, feeds). */
    @Column(nullable = false)
    public boolean hidden;

    /** Why, in the operator's words. */
    @Column(length = Columns.NOTE, nullable = false)
    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
