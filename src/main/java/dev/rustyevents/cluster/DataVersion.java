package dev.rustyevents.cluster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The data version: a number in the database ({@code data_version}, one row) raised in the same
 * transaction as every change an ingest or a correction makes ({@link DataWritten}), so it moves
 * exactly when the committed data does. This replica fires {@link DataVersionChanged} once its own
 * change commits, and reads the version every {@code rusty-events.cluster.version-check} (10s) to
 * fire it too when another replica changed the data. Every replica so drops its rendered answers
 * within that interval, and all serve the same bytes and ETags.
 */
@ApplicationScoped
public class DataVersion {

    private static final Logger LOG = Logger.getLogger(DataVersion.class);

    private final EntityManager em;
    private final Event<DataVersionChanged> changed;
    private final AtomicLong seen = new AtomicLong();

    public DataVersion(EntityManager em, Event<DataVersionChanged> changed) {
        this.em = em;
        this.changed = changed;
    }

    void onStart(@Observes StartupEvent start) {
        seen.set(QuarkusTransaction.requiringNew().call(this::read));
    }

    /** Raises the version inside the transaction that changed the data (rolled back with it). */
    void onChange(@Observes(during = TransactionPhase.IN_PROGRESS) DataWritten change) {
        em.createNativeQuery("UPDATE data_version SET version = version + 1 WHERE id = 1")
                .executeUpdate();
    }

    /** Tells this replica's caches once the change committed. */
    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DataWritten change) {
        changed.fire(new DataVersionChanged(seen.get()));
    }

    /**
     * Reads the version; when it moved since the last look (another replica's change, or this
     * one's, already told), tells the caches.
     */
    @Scheduled(
            identity = "data-version-check",
            every = "${rusty-events.cluster.version-check}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        long now = QuarkusTransaction.requiringNew().call(this::read);
        long before = seen.getAndSet(now);
        if (now != before) {
            LOG.infof("data version %d -> %d: rendered answers dropped", before, now);
            changed.fire(new DataVersionChanged(now));
        }
    }

    /**
     * @return the data version as last read, or as at start-up
     */
    public long current() {
        return seen.get();
    }

    private long read() {
        return ((Number)
                        em.createNativeQuery("SELECT version FROM data_version WHERE id = 1")
                                .getSingleResult())
                .longValue();
    }
}
