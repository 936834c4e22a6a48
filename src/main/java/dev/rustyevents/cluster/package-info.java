/**
 * What replicas sharing one database agree through it: the data version, which tells each
 * replica when to drop what it rendered. (The ingest lock that lets one replica at a time
 * write is {@link dev.rustyevents.ingest.IngestLock}.)
 */
package dev.rustyevents.cluster;
