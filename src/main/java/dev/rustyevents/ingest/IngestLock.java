package dev.rustyevents.ingest;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.locks.ReentrantLock;

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

    /** @return whether a run is in progress. */
    public boolean isBusy() {
        return lock.isLocked();
    }
}
