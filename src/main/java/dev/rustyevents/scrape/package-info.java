/** Reads This Week in Rust as published: polite fetching (site, feed, issue pages, file: mirrors) and the "Upcoming Events" parser that turns a page into {@link dev.rustyevents.scrape.Listing}s. */
package dev.rustyevents.scrape;
