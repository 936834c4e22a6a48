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
 * An operator's correction of one event: the values that replace what TWiR listed, and whether
 * the event is hidden. A null field is not corrected (TWiR's value stands). The stored
 * {@link Event} carries the corrected values, so every query sees them; the ingest applies the
 * correction again to each later listing of the event (see {@code ingest.Corrections}).
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

    public String title;

    @Column(name = "start_date")
    public LocalDate startDate;

    /** Last day, inclusive. */
    @Column(name = "end_date")
    public LocalDate endDate;

    public Mode mode;

    public String city;

    /** ISO 3166-2 subdivision code without the country prefix ({@code WA}). */
    public String subdivision;

    /** ISO 3166-1 alpha-2 country code; the event's region follows from it. */
    public String country;

    @Column(name = "group_name")
    public String groupName;

    @Column(name = "group_url")
    public String groupUrl;

    @Column(name = "event_url")
    public String eventUrl;

    /** True to leave the event out of every read (API, feeds). */
    @Column(nullable = false)
    public boolean hidden;

    /** Why, in the operator's words. */
    @Column(nullable = false)
    public String note;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
