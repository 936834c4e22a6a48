package dev.rustyevents.ingest;

import dev.rustyevents.cluster.DataWritten;
import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventRepository;
import dev.rustyevents.event.VisibleFields;
import dev.rustyevents.place.Gazetteer;
import dev.rustyevents.place.LearnedPlaces;
import dev.rustyevents.place.PlaceContext;
import dev.rustyevents.place.PlaceResolver;
import dev.rustyevents.place.ResolvedPlace;
import dev.rustyevents.vocabulary.Mode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.jboss.logging.Logger;

/**
 * Resolves the stored events' places again, through {@link EventWriter} (a place that moves raises
 * SEQUENCE): at start when the gazetteer resource differs from the one the stored places were
 * resolved with ({@code place_state}), and after a backfill or an import, when the store knows
 * enough to read the places of the titles of 2013–2018 and of the lines that name a region or an
 * ambiguous city ({@link LearnedPlaces}: a title counts only when it names a place some stored
 * event's city column resolved to; a group's usual place is the one its listings resolved to most).
 */
@ApplicationScoped
public class PlaceRefresh {

    private static final Logger LOG = Logger.getLogger(PlaceRefresh.class);

    private final EntityManager em;
    private final EventRepository events;
    private final EventWriter writer;
    private final IngestLock lock;
    private final Clock clock;
    private final jakarta.enterprise.event.Event<DataWritten> changes;

    public PlaceRefresh(
            EntityManager em,
            EventRepository events,
            EventWriter writer,
            IngestLock lock,
            Clock clock,
            jakarta.enterprise.event.Event<DataWritten> changes) {
        this.em = em;
        this.events = events;
        this.writer = writer;
        this.lock = lock;
        this.clock = clock;
        this.changes = changes;
    }

    void onStart(@Observes StartupEvent start) {
        String stored = storedVersion();
        String current = Gazetteer.standardVersion(); // does not load the gazetteer
        if (!current.equals(stored) && storesNoEvent()) {
            // a new database: nothing to resolve again, and what is ingested next is resolved
            // with this gazetteer
            QuarkusTransaction.requiringNew().run(() -> recordVersion(current));
            LOG.infof("places: gazetteer %s, no stored event to resolve again", current);
        } else if (!current.equals(stored)) {
            // loaded outside the ingest lock, as before: a backfill-on-start may be taking it
            // meanwhile
            PlaceResolver.standard();
            lock.runExclusively(
                    () -> {
                        int changed = refresh();
                        LOG.infof(
                                "places: gazetteer %s (stored places of %s): %d events changed",
                                current, stored, changed);
                        return changed;
                    });
        }
    }

    /**
     * Resolves every event's place again (the caller holds the ingest lock). A virtual event has no
     * place; one resolved to the same place as before keeps how it was first resolved. The pass's
     * time is counted in {@link PlaceMetrics}.
     *
     * @return how many events changed
     */
    public int refresh() {
        // loads the gazetteer on first use: PlaceMetrics times that apart
        PlaceResolver.standard();
        long start = System.nanoTime();
        try {
            return refreshAll();
        } finally {
            PlaceMetrics.REFRESH.since(start);
        }
    }

    private int refreshAll() {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            List<Event> all = events.listAll();
                            PlaceResolver resolver = PlaceResolver.standard();
                            LearnedPlaces learned = new LearnedPlaces(resolver.gazetteer());
                            for (Event e : all) {
                                if (e.mode != Mode.VIRTUAL && e.city != null) {
                                    var written = ListingPlaces.written(e);
                                    learned.learn(
                                            written, resolver.resolve(written, PlaceContext.NONE));
                                }
                            }
                            Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
                            int changed = 0;
                            int newest = 0;
                            for (Event e : all) {
                                ResolvedPlace p =
                                        e.mode == Mode.VIRTUAL
                                                ? null
                                                : resolver.resolve(
                                                        ListingPlaces.written(e), learned);
                                Event next = VisibleFields.detached(e);
                                EventFields.place(next, p);
                                if (p != null
                                        && p.resolved()
                                        && Objects.equals(e.geonameId, next.geonameId)
                                        && e.placeResolution != null) {
                                    next.placeResolution = e.placeResolution;
                                }
                                if (p != null) {
                                    next.country = ListingPlaces.country(next.country, p);
                                }
                                if (writer.change(e, next, e.status, e.hidden, now)) {
                                    changed++;
                                    newest = Math.max(newest, e.lastIssue);
                                }
                            }
                            recordVersion(Gazetteer.standard().version());
                            if (changed > 0) {
                                changes.fire(new DataWritten(newest));
                            }
                            return changed;
                        });
    }

    private boolean storesNoEvent() {
        return QuarkusTransaction.requiringNew().call(() -> events.count() == 0);
    }

    /**
     * Stores the gazetteer version the stored places are resolved with (in the caller's
     * transaction).
     */
    private void recordVersion(String version) {
        em.createNativeQuery("UPDATE place_state SET gazetteer_version = ?1 WHERE id = 1")
                .setParameter(1, version)
                .executeUpdate();
    }

    private String storedVersion() {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                (String)
                                        em.createNativeQuery(
                                                        "SELECT gazetteer_version FROM place_state WHERE id = 1")
                                                .getSingleResult());
    }
}
