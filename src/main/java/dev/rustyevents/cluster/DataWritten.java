package dev.rustyevents.cluster;

/**
 * CDI event fired, inside the transaction, when an ingest or a correction changed stored events or
 * calls for proposals, or what the API says of an issue (a failed or anomalous read recorded):
 * {@link DataVersion} raises the data version in that transaction and, once it commits, tells the
 * caches ({@link DataVersionChanged}), so that whatever was derived from the data (rendered feeds
 * and API answers) is recomputed in every replica.
 *
 * @param issue the TWiR issue whose ingest changed the data
 */
public record DataWritten(int issue) {}
