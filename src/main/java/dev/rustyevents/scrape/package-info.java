/** Reads the "Upcoming Events" section of This Week in Rust issue pages into {@link dev.rustyevents.scrape.Listing}s. */
package dev.rustyevents.scrape;
