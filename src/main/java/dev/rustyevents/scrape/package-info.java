/**
 * Reads This Week in Rust as published: polite fetching (site, feed, issue pages, file: mirrors),
 * the "Upcoming Events" parser that turns a page into {@link dev.rustyevents.scrape.Listing}s, and
 * the "CFP - Events" parser that turns it into {@link dev.rustyevents.scrape.CfpListing}s.
 */
package dev.rustyevents.scrape;
