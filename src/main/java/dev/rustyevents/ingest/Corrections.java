package dev.rustyevents.ingest;

import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventCorrection;
import dev.rustyevents.event.VisibleFields;
import dev.rustyevents.vocabulary.Region;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The rule of an operator's correction, in one place: a corrected field replaces what TWiR listed,
 * whenever the event's fields are written (the correction itself, and every later ingest of the
 * event, which applies it to the incoming listing before comparing, so a re-scrape neither reverts
 * it nor raises SEQUENCE). What follows from a corrected field follows here too: the region from a
 * corrected country ({@link Region#of}); a corrected first day without a corrected last day moves
 * the event keeping its length; a last day that TWiR's moved first day overtook becomes the first
 * day. {@link EventCorrection#hidden} is not a field of the listing: it lives on the event ({@link
 * Event#hidden}) and no ingest changes it.
 */
final class Corrections {

    /**
     * A field a correction may set: its corrected value (null = not corrected), its value on an
     * event, and its setter.
     */
    private record Field<T>(
            Function<EventCorrection, T> corrected,
            Function<Event, T> value,
            BiConsumer<Event, T> set) {

        boolean isCorrectedBy(EventCorrection c) {
            return c != null && corrected.apply(c) != null;
        }

        void correct(EventCorrection c, Event e) {
            T v = corrected.apply(c);
            if (v != null) {
                set.accept(e, v);
            }
        }

        void restore(Event listed, Event e) {
            set.accept(e, value.apply(listed));
        }
    }

    private static final List<Field<?>> FIELDS =
            List.of(
                    new Field<>(c -> c.title, e -> e.title, (e, v) -> e.title = v),
                    new Field<>(c -> c.startDate, e -> e.startDate, (e, v) -> e.startDate = v),
                    new Field<>(c -> c.endDate, e -> e.endDate, (e, v) -> e.endDate = v),
                    new Field<>(c -> c.mode, e -> e.mode, (e, v) -> e.mode = v),
                    new Field<>(c -> c.city, e -> e.city, (e, v) -> e.city = v),
                    new Field<>(
                            c -> c.subdivision, e -> e.subdivision, (e, v) -> e.subdivision = v),
                    new Field<>(c -> c.country, e -> e.country, (e, v) -> e.country = v),
                    new Field<>(c -> c.groupName, e -> e.groupName, (e, v) -> e.groupName = v),
                    new Field<>(c -> c.groupUrl, e -> e.groupUrl, (e, v) -> e.groupUrl = v),
                    new Field<>(c -> c.eventUrl, e -> e.eventUrl, (e, v) -> e.eventUrl = v));

    private Corrections() {}

    /**
     * Applies a correction to an event's fields: the stored event's, or a listing's on its way in.
     *
     * @param correction the correction, or null (nothing to do)
     * @param fields the fields to correct, in place; its dates must be set
     */
    static void apply(EventCorrection correction, Event fields) {
        if (correction == null) {
            return;
        }
        long days = ChronoUnit.DAYS.between(fields.startDate, fields.endDate);
        FIELDS.forEach(f -> f.correct(correction, fields));
        if (correction.startDate != null && correction.endDate == null) {
            fields.endDate = correction.startDate.plusDays(Math.max(days, 0));
        }
        if (fields.endDate.isBefore(fields.startDate)) {
            fields.endDate = fields.startDate;
        }
        if (correction.country != null) {
            fields.region = Region.of(correction.country, null).orElse(null);
        }
    }

    /**
     * The visible fields of a stored event once its correction is replaced: what the old correction
     * set goes back to what TWiR listed, then the new one applies; every other field keeps its
     * stored value.
     *
     * @param event the stored event, carrying {@code before}
     * @param before the correction applied so far, or null
     * @param after the correction from now on, or null (undone)
     * @param listed what TWiR's listings say of the event; asked only when {@code before} corrected
     *     a field
     * @return a detached event holding the fields
     */
    static Event revise(
            Event event, EventCorrection before, EventCorrection after, Supplier<Event> listed) {
        Event next = VisibleFields.detached(event);
        if (correctsAnyField(before)) {
            Event twir = listed.get();
            FIELDS.stream()
                    .filter(f -> f.isCorrectedBy(before))
                    .forEach(f -> f.restore(twir, next));
            if (before.startDate != null || before.endDate != null) {
                next.startDate = twir.startDate;
                next.endDate = twir.endDate;
            }
            if (before.country != null) {
                next.region = twir.region;
            }
        }
        apply(after, next);
        return next;
    }

    /**
     * @return whether the correction sets at least one field (not only {@code hidden})
     */
    static boolean correctsAnyField(EventCorrection correction) {
        return FIELDS.stream().anyMatch(f -> f.isCorrectedBy(correction));
    }

    /**
     * @return whether the correction moves the event's days, so TWiR's own days must decide its
     *     identity
     */
    static boolean correctsDates(EventCorrection correction) {
        return correction != null && (correction.startDate != null || correction.endDate != null);
    }
}
