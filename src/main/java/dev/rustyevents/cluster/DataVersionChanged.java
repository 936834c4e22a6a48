package dev.rustyevents.cluster;

/**
 * CDI event: the data the API and the feeds serve changed, in this replica (fired once the change
 * committed) or in another one (fired when {@link DataVersion} sees the version move), so whatever
 * was rendered from it is to be dropped. Fired outside any transaction.
 *
 * @param version the data version now, as far as this replica knows it
 */
public record DataVersionChanged(long version) {}
