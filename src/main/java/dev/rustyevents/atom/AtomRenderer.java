package dev.rustyevents.atom;

import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventRepository;
import dev.rustyevents.event.EventSort;
import dev.rustyevents.http.EncodedBody;
import dev.rustyevents.http.FeedSpec;
import dev.rustyevents.http.FilterDescription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

/**
 * Renders one Atom feed from the database, once per data version (see {@link AtomCache}). Blocking:
 * call it on a worker thread.
 */
@ApplicationScoped
public class AtomRenderer {

    private final EventRepository events;
    private final AtomWriter writer;

    public AtomRenderer(EventRepository events, AtomWriter writer) {
        this.events = events;
        this.writer = writer;
    }

    /**
     * @param request which feed
     * @return its bytes in both encodings and its validators: the {@code limit} most recently
     *     changed events of the filter ({@link EventSort#UPDATED_DESCENDING}); Last-Modified is the
     *     newest change to any stored event, or the start of the request's day (UTC) if later (the
     *     window moves daily)
     */
    @Transactional
    RenderedAtom render(AtomRequest request) {
        List<Event> list =
                events.search(request.filter(), EventSort.UPDATED_DESCENDING, 1, request.limit())
                        .items();
        FeedSpec spec = FilterDescription.of(request.filter(), request.today(), events::groupName);
        Instant today = request.today().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant changed = events.lastChange().filter(c -> c.isAfter(today)).orElse(today);
        byte[] identity =
                writer.write(
                        spec,
                        request.base().absolute(request.on(AtomResource.PATH)),
                        request.base().absolute(request.on("/")),
                        request.base()::absolute,
                        list,
                        changed);
        return new RenderedAtom(
                EncodedBody.of(identity), Date.from(changed.truncatedTo(ChronoUnit.SECONDS)));
    }
}
