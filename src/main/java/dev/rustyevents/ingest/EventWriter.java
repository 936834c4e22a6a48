package dev.rustyevents.ingest;

import dev.rustyevents.event.CallForProposals;
import dev.rustyevents.event.CfpRepository;
import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventRepository;
import dev.rustyevents.event.EventStatus;
import dev.rustyevents.event.VisibleFields;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The one writer of events and calls for proposals, and so of the subscriber's contract: every path
 * that creates or changes one (the Upcoming Events ingest, the CFP ingest, delisting, operators'
 * corrections) goes through here, so a calendar app sees the same rules whichever path changed an
 * event:
 *
 * <ul>
 *   <li>the UID rule ({@link #uid}): minted once from the identity key the event had when first
 *       seen, never changed afterwards;
 *   <li>finding the event a listing names, its next occurrence included ({@link #find});
 *   <li>a change a subscriber sees ({@link VisibleFields}) raises RFC 5545 SEQUENCE and {@code
 *       updatedAt} (LAST-MODIFIED, DTSTAMP) once; anything else raises nothing ({@link #change}).
 * </ul>
 *
 * Call within the caller's transaction; times are UTC instants truncated to seconds by the caller.
 */
@ApplicationScoped
public class EventWriter {

    private final EventRepository events;
    private final CfpRepository calls;

    public EventWriter(EventRepository events, CfpRepository calls) {
        this.events = events;
        this.calls = calls;
    }

    /** An event found for an identity key, and the key it was found (or is to be created) under. */
    public record Match(String key, Event event) {}

    /**
     * RFC 5545 §3.8.4.7 UID of an event or a call: a name-based UUID (RFC 4122 version 3) of {@code
     * rusty-events:} and the identity key it had when first stored ({@code cfp:}-prefixed for a
     * call), so the same TWiR history always gives the same UIDs.
     *
     * @param identityKey the key ({@link EventIdentity#key}, or {@code cfp:} and a call's key)
     * @return the UID, 36 characters
     */
    static String uid(String identityKey) {
        return UUID.nameUUIDFromBytes(
                        ("rusty-events:" + identityKey).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /**
     * The stored event a listing names. Looked up under its identity key (first in {@code found},
     * then in the store, then through {@code fallback}); when that event took place before the
     * issue was published and the listing gives another first day, the listing is the event's next
     * occurrence (a wiki page reused every month), looked up under {@link
     * EventIdentity#occurrenceKey} in {@code found} and the store only. An operator's corrected
     * days do not decide this: the days TWiR gave the stored event do.
     *
     * @param key the listing's identity key
     * @param start the listing's first day
     * @param published the issue's publication date
     * @param corrected the corrections of this ingest
     * @param found events already found in this issue, by key; read and filled
     * @param fallback other ways to find the event of {@code key} when none is stored under it
     * @return the key to store a new event under and the event found, or a null event
     */
    Match find(
            String key,
            LocalDate start,
            LocalDate published,
            CorrectionService.Known corrected,
            Map<String, Event> found,
            Supplier<Optional<Event>> fallback) {
        Event event =
                found.computeIfAbsent(key, k -> events.findByIdentity(k).or(fallback).orElse(null));
        if (event != null
                && EventIdentity.isNextOccurrence(corrected.asListed(event), start, published)) {
            String occurrence = EventIdentity.occurrenceKey(key, start);
            return new Match(
                    occurrence,
                    found.computeIfAbsent(occurrence, k -> events.findByIdentity(k).orElse(null)));
        }
        return new Match(key, event);
    }

    /**
     * Stores a new event, confirmed, SEQUENCE 0.
     *
     * @param key its identity key, from which its UID is minted
     * @param fields what it says (a detached event)
     * @param issue the issue that lists it
     * @param now the ingest's time
     * @param cfpOnly true when only the CFP section names it
     * @return the stored event
     */
    Event create(String key, Event fields, int issue, Instant now, boolean cfpOnly) {
        Event event = new Event();
        event.identityKey = key;
        event.uid = uid(key);
        event.status = EventStatus.CONFIRMED;
        event.cfpOnly = cfpOnly;
        event.sequence = 0;
        event.firstIssue = issue;
        event.lastIssue = issue;
        event.createdAt = now;
        event.updatedAt = now;
        VisibleFields.copy(fields, event);
        events.persist(event);
        return event;
    }

    /**
     * Records that an issue lists the event (its first and last issue widen).
     *
     * @return whether the issue is at least as new as every issue that listed it before: only such
     *     an issue may change its fields (reading an old issue after a newer one changes nothing)
     */
    static boolean seenIn(Event event, int issue) {
        boolean newer = issue >= event.lastIssue;
        event.firstIssue = Math.min(event.firstIssue, issue);
        event.lastIssue = Math.max(event.lastIssue, issue);
        return newer;
    }

    /** The same as {@link #seenIn(Event, int)}, for a call for proposals. */
    static boolean seenIn(CallForProposals call, int issue) {
        boolean newer = issue >= call.lastIssue;
        call.firstIssue = Math.min(call.firstIssue, issue);
        call.lastIssue = Math.max(call.lastIssue, issue);
        return newer;
    }

    /**
     * Writes an event's fields, status and visibility when a subscriber would see a difference, and
     * then raises SEQUENCE and sets {@code updatedAt}; otherwise changes nothing.
     *
     * @param event the stored event
     * @param next its fields from now on (a detached event)
     * @param status its status from now on
     * @param hidden whether an operator hides it from now on
     * @param now the time of the change
     * @return whether anything changed
     */
    boolean change(Event event, Event next, EventStatus status, boolean hidden, Instant now) {
        if (VisibleFields.same(event, next) && event.status == status && event.hidden == hidden) {
            return false;
        }
        VisibleFields.copy(next, event);
        event.status = status;
        event.hidden = hidden;
        event.sequence++;
        event.updatedAt = now;
        return true;
    }

    /** Marks an event {@code delisted} (feeds: STATUS:CANCELLED), raising SEQUENCE. */
    void delist(Event event, Instant now) {
        change(event, VisibleFields.detached(event), EventStatus.DELISTED, event.hidden, now);
    }

    /**
     * Stores a new call for proposals, SEQUENCE 0.
     *
     * @param key its identity key ({@code cfp:} and the key make its UID)
     * @param fields what it says
     * @param issue the issue that lists it
     * @param now the ingest's time
     * @param event its conference as an event, or null
     * @return the stored call
     */
    CallForProposals createCall(
            String key, CallForProposals fields, int issue, Instant now, Event event) {
        CallForProposals call = new CallForProposals();
        call.identityKey = key;
        call.uid = uid("cfp:" + key);
        call.firstIssue = issue;
        call.lastIssue = issue;
        call.createdAt = now;
        call.updatedAt = now;
        VisibleFields.copy(fields, call);
        call.event = event;
        calls.persist(call);
        return call;
    }

    /**
     * Writes a call's fields (its note and the location as written too, which raise nothing); when
     * a subscriber sees a difference, raises SEQUENCE and sets {@code updatedAt}.
     *
     * @return whether a subscriber sees a difference
     */
    boolean change(CallForProposals call, CallForProposals next, Instant now) {
        boolean visible = !VisibleFields.same(call, next);
        VisibleFields.copy(next, call);
        if (visible) {
            call.sequence++;
            call.updatedAt = now;
        }
        return visible;
    }
}
