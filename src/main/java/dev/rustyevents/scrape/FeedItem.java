package dev.rustyevents.scrape;

/**
 * One entry of TWiR's RSS or Atom feed.
 *
 * @param issue the issue it announces
 * @param html the issue's full HTML content as the feed carries it, or null when the feed carries
 *     only a summary
 */
public record FeedItem(IssueRef issue, String html) {}
