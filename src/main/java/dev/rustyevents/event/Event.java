package dev.rustyevents.event;

import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.Region;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One real-world event, merged from every TWiR listing of it (the same line in several issues, the
 * same event under two region headings).
 */
@Entity
@Table(name = "event")
public class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /**
     * Public id and RFC 5545 UID: a name-based UUID of the identity the event had when first seen.
     * It never changes afterwards, even when the date or title does.
     */
    @Column(length = Columns.UID, nullable = false, unique = true)
    public String uid;

    /** What makes two listings the same event (see {@code ingest.EventIdentity}). */
    @Column(name = "identity_key", length = Columns.IDENTITY_KEY, nullable = false, unique = true)
    public String identityKey;

    /** First day, a local calendar date. */
    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    /** Last day, inclusive (equal to {@link #startDate} for one-day events). */
    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    /**
     * True when TWiR wrote the date without a year and the year was inferred from the issue date.
     */
    @Column(name = "year_inferred", nullable = false)
    public boolean yearInferred;

    public Mode mode;

    @Column(length = Columns.CITY)
    public String city;

    /** ISO 3166-2 subdivision code without the country prefix ({@code WA}). */
    @Column(length = Columns.SUBDIVISION)
    public String subdivision;

    /** ISO 3166-1 alpha-2 country code. */
    @Column(length = Columns.COUNTRY)
    public String country;

    /** Continent of the place; null for a virtual event without one. */
    public Region region;

    @Column(name = "location_raw", length = Columns.LOCATION_RAW)
    public String locationRaw;

    @Column(name = "group_name", length = Columns.GROUP_NAME)
    public String groupName;

    /** URL-safe form of the group name, for filters and group URLs. */
    @Column(name = "group_slug", length = Columns.GROUP_SLUG)
    public String groupSlug;

    @Column(name = "group_url", length = Columns.URL)
    public String groupUrl;

    @Column(length = Columns.TITLE)
    public String title;

    @Column(name = "event_url", length = Columns.URL)
    public String eventUrl;

    /** Lower-case, accent-free title, group and city, for text search on any database. */
    @Column(name = "search_text", length = Columns.SEARCH_TEXT, nullable = false)
    public String searchText;

    @Column(nullable = false)
    public EventStatus status;

    /**
     * True while only TWiR's "CFP - Events" section has named the event (a conference whose call
     * for proposals is open): no Upcoming Events listing has matched it yet. Such an event is never
     * delisted, since leaving the CFP section means the call closed, not the event.
     */
    @Column(name = "cfp_only", nullable = false)
    public boolean cfpOnly;

    /**
     * True when an operator hid the event ({@link EventCorrection#hidden}): every read (API, feeds,
     * calls for proposals of the conference) leaves it out; the ingest still merges its listings
     * into it, so it does not come back as a new event.
     */
    @Column(nullable = false)
    public boolean hidden;

    /** RFC 5545 SEQUENCE: raised each time something a subscriber sees changes. */
    @Column(nullable = false)
    public int sequence;

    @Column(name = "first_issue", nullable = false)
    public int firstIssue;

    @Column(name = "last_issue", nullable = false)
    public int lastIssue;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Last change a subscriber can see; feeds use it for DTSTAMP and LAST-MODIFIED. */
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * The gazetteer place's GeoNames name ("Munich" for TWiR's "München"); null when unresolved.
     */
    @Column(name = "place_name", length = Columns.CITY)
    public String placeName;

    /** The gazetteer place's ISO 3166-2 subdivision ({@code DE-BY}), or null. */
    @Column(name = "place_subdivision", length = Columns.SUBDIVISION_CODE)
    public String placeSubdivision;

    /** WGS 84 latitude in degrees of the gazetteer place, or null when unresolved. */
    public Double latitude;

    /** WGS 84 longitude in degrees, or null when unresolved. */
    public Double longitude;

    /** The place's IANA time zone ({@code Europe/Berlin}), or null. */
    @Column(name = "time_zone", length = Columns.TIME_ZONE)
    public String timeZone;

    /** The place's GeoNames id, or null. */
    @Column(name = "geoname_id")
    public Integer geonameId;

    /**
     * How the place was resolved ({@code dev.rustyevents.place.PlaceResolution} wire name), null
     * for a virtual event (which has no place).
     */
    @Column(name = "place_resolution", length = Columns.PLACE_RESOLUTION)
    public String placeResolution;
}
