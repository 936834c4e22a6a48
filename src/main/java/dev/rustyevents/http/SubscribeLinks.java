package dev.rustyevents.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The ways to subscribe to one feed.
 *
 * @param https the feed's address, for any client and for "subscribe by URL" forms
 * @param webcal the same with the {@code webcal} scheme, which opens the system's calendar app
 *     (Apple Calendar, Outlook, Thunderbird) ready to subscribe
 * @param google Google Calendar's add-by-URL page for the feed
 */
public record SubscribeLinks(String https, String webcal, String google) {

    /**
     * @param slug a group's slug
     * @return the path of the group's own feed, {@code /groups/{slug}/calendar.ics}
     */
    public static String groupFeed(String slug) {
        return "/groups/" + slug + "/calendar.ics";
    }

    /**
     * @param base the public base the links are built on ({@link PublicBase#absolute(String)})
     * @param address the feed's path and query, starting with {@code /}
     * @return the three links; {@code webcal://} replaces {@code https://} or {@code http://}
     */
    public static SubscribeLinks of(PublicBase base, String address) {
        String https = base.absolute(address);
        String webcal = https.replaceFirst("^https?://", "webcal://");
        String google =
                "https://calendar.google.com/calendar/render?cid="
                        + URLEncoder.encode(webcal, StandardCharsets.UTF_8);
        return new SubscribeLinks(https, webcal, google);
    }
}
