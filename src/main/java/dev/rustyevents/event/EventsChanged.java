package dev.rustyevents.event;

/**
 * CDI event fired when an ingest changed stored events or calls for proposals, so that whatever
 * was derived from them (rendered feeds) is recomputed. Observers that must see the committed
 * data observe it {@code during = TransactionPhase.AFTER_SUCCESS}.
 *
 * @param issue the TWiR issue whose ingest changed the data
 */
public record EventsChanged(int issue) {
}
