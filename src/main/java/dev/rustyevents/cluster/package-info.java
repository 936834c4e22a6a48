/**
 * What replicas sharing one database agree through it: the data version, which tells each replica
 * when to drop what it rendered. Writers fire {@link dev.rustyevents.cluster.DataWritten} inside
 * their transaction; once the version has risen and committed, every cache hears {@link
 * dev.rustyevents.cluster.DataVersionChanged}. (The ingest lock that lets one replica at a time
 * write is {@code ingest.IngestLock}.) Imports no other package of the service.
 */
package dev.rustyevents.cluster;
