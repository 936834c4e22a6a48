package dev.rustyevents.ingest;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One lock for every run that reads TWiR into the database (feed scrape, backfill, import), so
 * runs never overlap inside this process.
 */
@ApplicationScoped
public class IngestLock {

    private final ReentrantLock lock = new ReentrantLock();

    /** @return true when the caller now holds the lock; false when another run holds it. */
    public boolean tryAcquire() {
        return lock.tryLock();
    }

    /** Releases the lock held by the caller. */
    public void release() {
        lock.unlock();
    }

    /**
     * Runs an action holding the lock, if no other run holds it.
     *
     * @param action what to do
     * @return its result (which must not be null); empty when another run holds the lock and the
     *         action did not run
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

    /** @return whether a run is in progress. */
    public boolean isBusy() {
        return lock.isLocked();
    }
}
