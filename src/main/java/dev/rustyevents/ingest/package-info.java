/**
 * Turns parsed listings into events and CFP entries into calls for proposals: identity, idempotent
 * upserts, change tracking, and the scheduled scrape.
 */
package dev.rustyevents.ingest;
