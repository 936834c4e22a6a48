package dev.rustyevents.event;

import dev.rustyevents.vocabulary.Slugs;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What a subscriber sees of an event and of a call for proposals: the one list of those fields. A
 * difference in any of them is a change a calendar app must pick up (RFC 5545 §3.8.7.4: the writer
 * raises SEQUENCE and LAST-MODIFIED, see {@code ingest.EventWriter}); a difference in anything else
 * (the location as written, the CFP note) is not. The event page's history shows the same fields,
 * grouped by {@link Aspect}.
 */
public final class VisibleFields {

    /**
     * What people see change, as the event page's history names it; every visible field of an event
     * belongs to one.
     */
    public enum Aspect {
        /** First and last day. */
        DATE,
        /** The title (a call: the conference's name). */
        TITLE,
        /** In person, virtual or hybrid. */
        MODE,
        /** City, subdivision, country and the region they are in. */
        PLACE,
        /** The group's name and link. */
        GROUP,
        /** The event's (a call: also the submission form's) link. */
        LINK
    }

    /** One visible field: the aspect it belongs to, how to read it, how to write it. */
    private record Field<E, T>(Aspect aspect, Function<E, T> get, BiConsumer<E, T> set) {

        boolean same(E a, E b) {
            return Objects.equals(get.apply(a), get.apply(b));
        }

        void copy(E from, E to) {
            set.accept(to, get.apply(from));
        }
    }

    private static <T> Field<Event, T> event(
            Aspect aspect, Function<Event, T> get, BiConsumer<Event, T> set) {
        return new Field<>(aspect, get, set);
    }

    private static <T> Field<CallForProposals, T> call(
            Aspect aspect, Function<CallForProposals, T> get, BiConsumer<CallForProposals, T> set) {
        return new Field<>(aspect, get, set);
    }

    /** An event's visible fields. */
    private static final List<Field<Event, ?>> EVENT =
            List.of(
                    event(Aspect.DATE, e -> e.startDate, (e, v) -> e.startDate = v),
                    event(Aspect.DATE, e -> e.endDate, (e, v) -> e.endDate = v),
                    event(Aspect.MODE, e -> e.mode, (e, v) -> e.mode = v),
                    event(Aspect.PLACE, e -> e.city, (e, v) -> e.city = v),
                    event(Aspect.PLACE, e -> e.subdivision, (e, v) -> e.subdivision = v),
                    event(Aspect.PLACE, e -> e.country, (e, v) -> e.country = v),
                    event(Aspect.PLACE, e -> e.region, (e, v) -> e.region = v),
                    event(Aspect.PLACE, e -> e.placeName, (e, v) -> e.placeName = v),
                    event(Aspect.PLACE, e -> e.placeSubdivision, (e, v) -> e.placeSubdivision = v),
                    event(Aspect.PLACE, e -> e.latitude, (e, v) -> e.latitude = v),
                    event(Aspect.PLACE, e -> e.longitude, (e, v) -> e.longitude = v),
                    event(Aspect.PLACE, e -> e.timeZone, (e, v) -> e.timeZone = v),
                    event(Aspect.PLACE, e -> e.geonameId, (e, v) -> e.geonameId = v),
                    event(Aspect.PLACE, e -> e.placeResolution, (e, v) -> e.placeResolution = v),
                    event(Aspect.GROUP, e -> e.groupName, (e, v) -> e.groupName = v),
                    event(Aspect.GROUP, e -> e.groupUrl, (e, v) -> e.groupUrl = v),
                    event(Aspect.TITLE, e -> e.title, (e, v) -> e.title = v),
                    event(Aspect.LINK, e -> e.eventUrl, (e, v) -> e.eventUrl = v));

    /** A call's visible fields: what the CFP feed's VEVENT shows. */
    private static final List<Field<CallForProposals, ?>> CALL =
            List.of(
                    call(Aspect.TITLE, c -> c.name, (c, v) -> c.name = v),
                    call(Aspect.LINK, c -> c.cfpUrl, (c, v) -> c.cfpUrl = v),
                    call(Aspect.LINK, c -> c.eventUrl, (c, v) -> c.eventUrl = v),
                    call(Aspect.DATE, c -> c.deadline, (c, v) -> c.deadline = v),
                    call(Aspect.DATE, c -> c.startDate, (c, v) -> c.startDate = v),
                    call(Aspect.DATE, c -> c.endDate, (c, v) -> c.endDate = v),
                    call(Aspect.MODE, c -> c.mode, (c, v) -> c.mode = v),
                    call(Aspect.PLACE, c -> c.city, (c, v) -> c.city = v),
                    call(Aspect.PLACE, c -> c.subdivision, (c, v) -> c.subdivision = v),
                    call(Aspect.PLACE, c -> c.country, (c, v) -> c.country = v),
                    call(Aspect.PLACE, c -> c.region, (c, v) -> c.region = v));

    private VisibleFields() {}

    /**
     * @return whether a subscriber would see no difference between the two events
     */
    public static boolean same(Event a, Event b) {
        return EVENT.stream().allMatch(f -> f.same(a, b));
    }

    /**
     * @return whether a subscriber would see no difference between the two calls
     */
    public static boolean same(CallForProposals a, CallForProposals b) {
        return CALL.stream().allMatch(f -> f.same(a, b));
    }

    /**
     * Copies an event's visible fields, what goes with them (the location as written, whether the
     * year was inferred) and what is derived from them (the group's slug, the search text).
     *
     * @param from the fields (a stored or a detached event)
     * @param to the event to write
     */
    public static void copy(Event from, Event to) {
        EVENT.forEach(f -> f.copy(from, to));
        to.yearInferred = from.yearInferred;
        to.locationRaw = from.locationRaw;
        to.groupSlug = Columns.clip(Slugs.of(from.groupName), Columns.GROUP_SLUG);
        to.searchText =
                Columns.clip(
                        Slugs.fold(
                                String.join(
                                        " ",
                                        Objects.toString(to.title, ""),
                                        Objects.toString(to.groupName, ""),
                                        Objects.toString(to.city, ""))),
                        Columns.SEARCH_TEXT);
    }

    /**
     * Copies a call's visible fields and what goes with them (the location as written, the note).
     */
    public static void copy(CallForProposals from, CallForProposals to) {
        CALL.forEach(f -> f.copy(from, to));
        to.locationRaw = from.locationRaw;
        to.note = from.note;
    }

    /**
     * @return a detached event (no identity, status or dates of record) holding the event's fields
     *     as {@link #copy(Event, Event)} writes them
     */
    public static Event detached(Event event) {
        Event copy = new Event();
        copy(event, copy);
        return copy;
    }
}
