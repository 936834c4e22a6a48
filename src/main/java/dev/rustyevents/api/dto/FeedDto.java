package dev.rustyevents.api.dto;

import dev.rustyevents.http.SubscribeLinks;

/**
 * A named feed as {@code GET /api/feeds} lists it.
 *
 * @param name the feed's name ({@code all}, {@code virtual}, {@code cfp}, a region code)
 * @param title the calendar's name as calendar apps show it (X-WR-CALNAME)
 * @param description what it contains
 * @param url the https address (accepts the filters of {@code /calendar.ics} as query parameters)
 * @param webcal the same with the {@code webcal://} scheme, for one-click subscribing
 * @param google Google Calendar's add-by-URL page for it
 */
public record FeedDto(
        String name, String title, String description, String url, String webcal, String google) {

    /**
     * @return the DTO of a feed with its links
     */
    public static FeedDto of(String name, String title, String description, SubscribeLinks links) {
        return new FeedDto(name, title, description, links.https(), links.webcal(), links.google());
    }
}
