package dev.rustyevents.ingest;

import dev.rustyevents.event.Columns;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Validators of the last successful fetch of a URL, sent back for a conditional GET. */
@Entity
@Table(name = "fetch_state")
public class FetchState {

    /** The URL as fetched (after the site root was applied). */
    @Id
    @Column(length = Columns.URL)
    public String url;

    @Column(length = Columns.ETAG)
    public String etag;

    @Column(name = "last_modified", length = Columns.HTTP_DATE)
    public String lastModified;

    @Column(name = "fetched_at", nullable = false)
    public Instant fetchedAt;
}
