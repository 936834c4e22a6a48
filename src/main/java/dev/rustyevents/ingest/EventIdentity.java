package dev.rustyevents.ingest;

import dev.rustyevents.event.Event;
import dev.rustyevents.scrape.Listing;
import dev.rustyevents.vocabulary.Slugs;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What makes two listings the same real-world event. The event URL, when it points at one event's
 * page; otherwise the date, the group and the place. A link that several listings share (the
 * group's page, a site's home page, a chat room, a group's event list such as {@code
 * meetup.com/indyrs/events/}) does not identify one event.
 */
final class EventIdentity {

    /** Hosts whose links are rooms or invitations, not pages of one event. */
    private static final Pattern ROOM_HOSTS =
            Pattern.compile(
                    "(^|\\.)(discord\\.gg|discord\\.com|meet\\.jit\\.si|meet\\.google\\.com|zoom\\.us|twitch\\.tv|youtube\\.com|youtu\\.be|t\\.me|matrix\\.to)$");

    /** A Meetup group's page or its events list, not one event. */
    private static final Pattern MEETUP_GROUP_PAGE =
            Pattern.compile("^/[^/]+(/events)?(/(past|calendar))?/?$");

    /** Prefix of identity keys made of date, group and place (no event page). */
    static final String OCCASION_PREFIX = "at:";

    private EventIdentity() {}

    /**
     * @param listing a parsed listing with a start date
     * @return the normalised URL of the event's own page, or empty when the listing's link is
     *     missing or is a shared page (see class comment)
     */
    static Optional<String> eventPage(Listing listing) {
        Optional<String> url = normalise(listing.eventUrl());
        if (url.isEmpty() || url.equals(normalise(listing.groupUrl()))) {
            return Optional.empty();
        }
        URI uri = URI.create(url.get());
        String host = uri.getHost();
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (host == null || path.isEmpty()) {
            return Optional.empty();
        }
        if (ROOM_HOSTS.matcher(host).find()) {
            return Optional.empty();
        }
        if (host.endsWith("meetup.com") && MEETUP_GROUP_PAGE.matcher(path).matches()) {
            return Optional.empty();
        }
        return url;
    }

    /**
     * @param listing a parsed listing with a start date
     * @param page the listing's own event page ({@link #eventPage}), or null when it has none or
     *     when the page is shared by several dates
     * @return the identity key: {@code url:<page>} or {@code at:<date>|<group>|<place>}
     */
    static String key(Listing listing, String page) {
        if (page != null) {
            return "url:" + page;
        }
        String who = group(listing);
        String where =
                listing.city() != null
                        ? listing.city()
                        : listing.locationRaw() != null ? listing.locationRaw() : "";
        return OCCASION_PREFIX
                + listing.startDate()
                + "|"
                + (who == null ? "" : who)
                + "|"
                + Slugs.of(where)
                + "|"
                + (listing.country() == null ? "" : listing.country().toLowerCase(Locale.ROOT));
    }

    /**
     * A page reused by a recurring meeting (a wiki page linked every month): when the event stored
     * under the page took place before the issue was published and the listing gives another date,
     * the listing is the next occurrence, not a reschedule (a rescheduled event is one that has not
     * happened yet).
     *
     * @param stored the event stored under the listing's key
     * @param start the listing's first day
     * @param published the issue's publication date
     * @return true when the listing is a later occurrence ({@link #occurrenceKey})
     */
    static boolean isNextOccurrence(
            Event stored, java.time.LocalDate start, java.time.LocalDate published) {
        return stored.startDate.isBefore(published) && !stored.startDate.equals(start);
    }

    /**
     * @param key an event-page key whose event has already taken place
     * @param date the first day of a later occurrence listed with the same page
     * @return the key of that occurrence: {@code url:<page>@<date>}
     */
    static String occurrenceKey(String key, java.time.LocalDate date) {
        return key + "@" + date;
    }

    /**
     * The group as identity: its link (without a trailing {@code /events}), which stays when TWiR
     * renames it ("RustConf" one week, "RustConf 2026" the next); else its name; else the title.
     */
    private static String group(Listing listing) {
        Optional<String> url = groupLink(listing.groupUrl());
        if (url.isPresent()) {
            return url.get().substring("https://".length());
        }
        return listing.groupName() != null
                ? Slugs.of(listing.groupName())
                : Slugs.of(listing.title());
    }

    /**
     * @param url a group's link as found in TWiR, or null
     * @return the link {@linkplain #normalise normalised} and without a trailing {@code /events}
     *     ({@code meetup.com/rust-manchester/events/} and {@code meetup.com/rust-manchester} are
     *     one group); empty when missing or not http(s)
     */
    static Optional<String> groupLink(String url) {
        return normalise(url).map(u -> u.replaceFirst("/events$", ""));
    }

    /**
     * @param url a link as found in TWiR, or null
     * @return the link with scheme {@code https}, a lower-case host without {@code www.}, no
     *     fragment, no {@code utm_*} tracking parameters and no trailing slash; empty when the link
     *     is missing or not an absolute http(s) URL
     */
    static Optional<String> normalise(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            if (scheme == null
                    || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                return Optional.empty();
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            String query =
                    uri.getRawQuery() == null
                            ? null
                            : String.join(
                                    "&",
                                    java.util.Arrays.stream(uri.getRawQuery().split("&"))
                                            .filter(
                                                    p ->
                                                            !p.toLowerCase(Locale.ROOT)
                                                                    .startsWith("utm_"))
                                            .toList());
            return Optional.of(
                    "https://"
                            + host
                            + path
                            + (query == null || query.isEmpty() ? "" : "?" + query));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
