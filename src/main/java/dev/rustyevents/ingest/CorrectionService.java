package dev.rustyevents.ingest;

import dev.rustyevents.cluster.DataWritten;
import dev.rustyevents.event.CfpRepository;
import dev.rustyevents.event.CorrectionRepository;
import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventCorrection;
import dev.rustyevents.event.IssueRepository;
import dev.rustyevents.event.StoredListing;
import dev.rustyevents.event.VisibleFields;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Operators' corrections of events: reading, setting and undoing one (the stored event changes at
 * once, SEQUENCE and {@code updatedAt} rising when a subscriber sees a difference, and the feeds
 * are told), and the snapshot an ingest applies to later listings ({@link Known}). The rule of a
 * correction is {@link Corrections}'. Callers hold the {@link IngestLock}, so that no ingest writes
 * the event meanwhile.
 */
@ApplicationScoped
public class CorrectionService {

    private static final Logger LOG = Logger.getLogger(CorrectionService.class);

    private final CorrectionRepository corrections;
    private final IssueRepository issues;
    private final CfpRepository calls;
    private final EventWriter writer;
    private final jakarta.enterprise.event.Event<DataWritten> changes;
    private final Clock clock;

    public CorrectionService(
            CorrectionRepository corrections,
            IssueRepository issues,
            CfpRepository calls,
            EventWriter writer,
            jakarta.enterprise.event.Event<DataWritten> changes) {
        this.corrections = corrections;
        this.issues = issues;
        this.calls = calls;
        this.writer = writer;
        this.changes = changes;
        // As the ingest's: updatedAt is when the data changed (feeds' LAST-MODIFIED), not "today".
        this.clock = Clock.systemUTC();
    }

    /**
     * An event and its correction.
     *
     * @param event the event as stored (corrected), hidden or not
     * @param correction its correction, or null when it has none
     */
    public record Corrected(Event event, EventCorrection correction) {}

    /**
     * A correction that would make the event impossible (its last day before its first); nothing
     * was changed.
     */
    public static final class InvalidCorrection extends RuntimeException {
        private final String field;

        InvalidCorrection(String field, String detail) {
            super(detail);
            this.field = field;
        }

        /**
         * @return the request field at fault
         */
        public String field() {
            return field;
        }
    }

    /**
     * @param uid an event's public id
     * @return the event, hidden or not, with its correction; empty when no event has this id
     */
    @Transactional
    public Optional<Corrected> find(String uid) {
        return corrections
                .findEventByUid(uid)
                .map(e -> new Corrected(e, corrections.findByEvent(e).orElse(null)));
    }

    /**
     * Sets an event's correction, replacing the one it had: the stored event takes the corrected
     * values at once (what the old correction set and the new one does not goes back to what TWiR
     * listed) and is hidden or shown; SEQUENCE and {@code updatedAt} rise when a subscriber sees a
     * difference (a hidden or shown event is one). The feeds are told once it commits.
     *
     * @param uid an event's public id
     * @param values the whole correction (fields, {@code hidden}, {@code note}); not stored itself
     * @return the event and its stored correction; empty when no event has this id
     * @throws InvalidCorrection when the event's last day would come before its first
     */
    @Transactional
    public Optional<Corrected> correct(String uid, EventCorrection values) {
        Event event = corrections.findEventByUid(uid).orElse(null);
        if (event == null) {
            return Optional.empty();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        EventCorrection stored = corrections.findByEvent(event).orElse(null);
        Event uncorrected = Corrections.revise(event, stored, null, () -> listed(event));
        if (values.endDate != null
                && values.endDate.isBefore(
                        values.startDate != null ? values.startDate : uncorrected.startDate)) {
            throw new InvalidCorrection(
                    "endDate",
                    "endDate "
                            + values.endDate
                            + " is before the event's first day, "
                            + (values.startDate != null
                                    ? values.startDate.toString()
                                    : uncorrected.startDate + " (as TWiR lists it)"));
        }
        Event next = Corrections.revise(uncorrected, null, values, null);
        boolean created = stored == null;
        if (created) {
            stored = new EventCorrection();
            stored.event = event;
            stored.createdAt = now;
        }
        copy(values, stored);
        stored.updatedAt = now;
        if (created) {
            corrections.persist(stored);
        }
        boolean visible = change(event, next, values.hidden, now);
        LOG.infof(
                "event %s corrected%s%s: %s",
                uid,
                visible ? " (SEQUENCE " + event.sequence + ")" : "",
                values.hidden ? ", hidden" : "",
                values.note);
        return Optional.of(new Corrected(event, stored));
    }

    /**
     * Removes an event's correction: the event goes back to what TWiR last listed (the fields the
     * correction set) and is shown again; SEQUENCE and {@code updatedAt} rise when that changes
     * what subscribers see.
     *
     * @param uid an event's public id
     * @return the event as it is now; empty when no event has this id or it has no correction
     */
    @Transactional
    public Optional<Event> undo(String uid) {
        Event event = corrections.findEventByUid(uid).orElse(null);
        EventCorrection stored = event == null ? null : corrections.findByEvent(event).orElse(null);
        if (stored == null) {
            return Optional.empty();
        }
        Event next = Corrections.revise(event, stored, null, () -> listed(event));
        corrections.delete(stored);
        boolean visible =
                change(event, next, false, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        LOG.infof(
                "event %s: correction removed%s (it said: %s)",
                uid, visible ? ", SEQUENCE " + event.sequence : "", stored.note);
        return Optional.of(event);
    }

    /**
     * Writes the fields and the hidden flag through the one writer; on a difference a subscriber
     * sees, tells the feeds.
     */
    private boolean change(Event event, Event next, boolean hidden, Instant now) {
        if (!writer.change(event, next, event.status, hidden, now)) {
            return false;
        }
        changes.fire(new DataWritten(event.lastIssue));
        return true;
    }

    private static void copy(EventCorrection from, EventCorrection to) {
        to.title = from.title;
        to.startDate = from.startDate;
        to.endDate = from.endDate;
        to.mode = from.mode;
        to.city = from.city;
        to.subdivision = from.subdivision;
        to.country = from.country;
        to.groupName = from.groupName;
        to.groupUrl = from.groupUrl;
        to.eventUrl = from.eventUrl;
        to.hidden = from.hidden;
        to.note = from.note;
    }

    /**
     * What TWiR says of an event, without any correction: its listings replayed as the ingest
     * merged them (the first listing of each issue, oldest issue first, a later one keeping what it
     * leaves out); for a conference only the CFP section named, its last call's dates and place;
     * with neither, the event as stored.
     *
     * @return a detached event holding the fields
     */
    Event listed(Event event) {
        Event state = null;
        int issue = -1;
        for (StoredListing r : issues.listingsOfEvent(event)) {
            if (r.issue.number == issue) {
                continue;
            }
            issue = r.issue.number;
            Event incoming = EventFields.of(r);
            if (state != null) {
                EventFields.fillGaps(state, incoming);
            }
            state = incoming;
        }
        if (state == null) {
            state =
                    calls.lastOf(event)
                            .filter(c -> c.startDate != null)
                            .map(EventFields::conference)
                            .orElse(null);
        }
        if (state == null) {
            LOG.warnf(
                    "event %s: no listing or call to restore TWiR's values from; the stored values stand",
                    event.uid);
            state = VisibleFields.detached(event);
        }
        return state;
    }

    /**
     * @return the corrections as one ingest applies them; take it before the issue's earlier
     *     listings are removed
     */
    Known known() {
        Map<Long, EventCorrection> byEvent = corrections.byEventId();
        Map<Long, Event> listedDays = new HashMap<>();
        byEvent.values().stream()
                .filter(Corrections::correctsDates)
                .forEach(c -> listedDays.put(c.event.id, listed(c.event)));
        return new Known(byEvent, listedDays);
    }

    /**
     * The corrections one ingest applies to the listings it merges.
     *
     * @param byEvent correction by event id
     * @param listedDays for the events whose days are corrected, what TWiR listed of them
     */
    record Known(Map<Long, EventCorrection> byEvent, Map<Long, Event> listedDays) {

        /**
         * @return the event's correction, or null
         */
        EventCorrection of(Event event) {
            return event.id == null ? null : byEvent.get(event.id);
        }

        /**
         * @return the event with the days TWiR gave it, for deciding what TWiR's next listings are
         *     (the same event, its next occurrence, dropped from the list): an operator's corrected
         *     days are not TWiR's
         */
        Event asListed(Event event) {
            Event listed = event.id == null ? null : listedDays.get(event.id);
            return listed != null ? listed : event;
        }
    }
}
