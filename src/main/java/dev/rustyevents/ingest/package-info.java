/** Turns parsed listings into events: identity, idempotent upserts, change tracking, and the scheduled scrape. */
package dev.rustyevents.ingest;
