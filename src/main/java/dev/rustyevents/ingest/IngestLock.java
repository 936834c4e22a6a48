package dev.rustyevents.ingest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * One lock for every run that writes what TWiR says into the database (feed scrape, backfill,
 * import, upload, correction), so that runs never overlap: inside this process, and on PostgreSQL
 * across every replica sharing the database.
 *
 * <p>On PostgreSQL the holder also takes a session-level advisory lock ({@code
 * pg_try_advisory_lock}) on a connection of its own, kept for the whole run and unlocked ({@code
 * pg_advisory_unlock}) before it goes back to the pool. Session-level, not {@code
 * pg_try_advisory_xact_lock}: a scrape or a backfill is many transactions (one per issue, plus its
 * bookkeeping, with pauses between requests), and a transaction-level lock would let another
 * replica in between two of them. Should the replica die, PostgreSQL ends its session and the lock
 * with it. On H2 (an embedded database, one process) the in-process lock is all.
 *
 * <p>At shutdown, runs are asked to stop after the issue in hand ({@link #stopRequested()}), and
 * shutdown waits for them up to {@code quarkus.shutdown.timeout}: an issue's ingest is one
 * transaction, committed whole or, if the process dies first, rolled back whole.
 */
@ApplicationScoped
public class IngestLock {

    private static final Logger LOG = Logger.getLogger(IngestLock.class);

    /**
     * The advisory lock's key: "RUST" in ASCII, one bigint key (pg_locks: classid 0, objid,
     * objsubid 1).
     */
    static final long ADVISORY_KEY = 0x52555354L;

    private final ReentrantLock lock = new ReentrantLock();
    private final AgroalDataSource dataSource;
    private final boolean cluster;
    private final Duration shutdownWait;
    private volatile Connection advisory;
    private volatile boolean stopping;

    public IngestLock(
            AgroalDataSource dataSource,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            @ConfigProperty(name = "quarkus.shutdown.timeout") Optional<Duration> shutdownTimeout) {
        this.dataSource = dataSource;
        this.cluster = "postgresql".equals(dbKind);
        this.shutdownWait = shutdownTimeout.orElse(Duration.ZERO);
    }

    /**
     * @return true when the caller now holds the lock; false when another run holds it, in this
     *     process or (PostgreSQL) in another replica, or the database cannot be reached (logged)
     */
    public boolean tryAcquire() {
        if (!lock.tryLock()) {
            return false;
        }
        if (cluster && lock.getHoldCount() == 1 && !tryAdvisory()) {
            lock.unlock();
            return false;
        }
        return true;
    }

    /** Releases the lock held by the caller (and, on PostgreSQL, the advisory lock with it). */
    public void release() {
        try {
            if (cluster && lock.getHoldCount() == 1) {
                releaseAdvisory();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs an action holding the lock, if no other run holds it.
     *
     * @param action what to do
     * @return its result (which must not be null); empty when another run holds the lock and the
     *     action did not run
     */
    public <T> Optional<T> runExclusively(Supplier<T> action) {
        if (!tryAcquire()) {
            return Optional.empty();
        }
        try {
            return Optional.of(action.get());
        } finally {
            release();
        }
    }

    /**
     * @return whether a run is in progress: in this process, or (PostgreSQL) in any replica; a
     *     database that cannot be asked counts as busy
     */
    public boolean isBusy() {
        if (lock.isLocked()) {
            return true;
        }
        if (!cluster) {
            return false;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                                        + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
                                        + " AND classid = 0 AND objid = ? AND objsubid = 1")) {
            s.setLong(1, ADVISORY_KEY);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getLong(1) > 0;
            }
        } catch (SQLException e) {
            LOG.warnf(
                    "ingest lock: cannot ask the database whether a run is in progress: %s",
                    e.getMessage());
            return true;
        }
    }

    /**
     * @return true once shutdown has begun: a run should stop after the issue in hand.
     */
    public boolean stopRequested() {
        return stopping;
    }

    void onStop(@Observes ShutdownEvent stop) throws InterruptedException {
        stopping = true;
        if (!lock.isLocked()) {
            return;
        }
        LOG.infof(
                "shutdown: waiting up to %ds for the ingest in progress to finish its issue",
                shutdownWait.toSeconds());
        if (lock.tryLock(shutdownWait.toMillis(), TimeUnit.MILLISECONDS)) {
            lock.unlock();
            LOG.info("shutdown: the ingest in progress stopped");
        } else {
            LOG.warn(
                    "shutdown: the ingest in progress did not stop in time; its open transaction is rolled back");
        }
    }

    private boolean tryAdvisory() {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                s.setLong(1, ADVISORY_KEY);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next() && r.getBoolean(1)) {
                        advisory = c;
                        return true;
                    }
                }
            }
            c.close();
            return false;
        } catch (SQLException e) {
            LOG.warnf("ingest lock: cannot take the advisory lock: %s", e.getMessage());
            closeQuietly(c);
            return false;
        }
    }

    private void releaseAdvisory() {
        Connection c = advisory;
        advisory = null;
        try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            s.setLong(1, ADVISORY_KEY);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next() || !r.getBoolean(1)) {
                    LOG.warn(
                            "ingest lock: the advisory lock was not held at release (its session ended?)");
                }
            }
        } catch (SQLException e) {
            // A broken connection: its session, and so the lock, ended with it.
            LOG.warnf("ingest lock: unlocking failed: %s", e.getMessage());
        } finally {
            closeQuietly(c);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debugf("ingest lock: closing the connection: %s", e.getMessage());
        }
    }
}
