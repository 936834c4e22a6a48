package dev.rustyevents.calendar;

import dev.rustyevents.event.CallForProposals;
import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventPlace;
import dev.rustyevents.event.EventStatus;
import dev.rustyevents.http.FeedSpec;
import dev.rustyevents.vocabulary.Mode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Source;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Turns events into an RFC 5545 iCalendar document with ical4j. Knows nothing about HTTP. Every
 * value comes from the records (DTSTAMP is the event's last visible change), so the same events
 * always give the same bytes.
 *
 * <p><b>No METHOD, no ORGANIZER.</b> A feed is a calendar to subscribe to, not a scheduling
 * message, so it carries neither, and never one without the other:
 *
 * <ul>
 *   <li>RFC 5545 §3.7.2: without METHOD "a scheduling transaction MUST NOT be assumed"; METHOD
 *       belongs to iTIP (RFC 5546), whose §3.2.1 PUBLISH requires an ORGANIZER in every VEVENT.
 *   <li>RFC 5545 §3.8.4.3: ORGANIZER "MUST NOT be specified" in components that are not
 *       group-scheduled but "only on a single user's calendar": what a subscriber's copy of a
 *       meetup is. With it, clients treat the event as a meeting: Outlook offers accept/decline on
 *       an imported event and froze on the answer (civicrm-core#28954, which dropped ORGANIZER from
 *       its downloads); pretix declined ORGANIZER twice because calendar apps mail the organiser
 *       "accepted" when a subscriber adds the event (pretix#2419, #3211); Opencast dropped it from
 *       its iCalendar feed (opencast#31) as not meaningful and breaking parsers.
 *   <li>Not one without the other: libical refuses METHOD:PUBLISH without ORGANIZER (its iTIP
 *       restriction checks, cyrus-imapd#4136), and ical4j's validator applies the PUBLISH table
 *       (ORGANIZER 1) whenever METHOD:PUBLISH is present; without METHOD it validates against RFC
 *       5545 alone, which the feeds pass (CalendarResourceTest). ical.js and python-icalendar read
 *       the feeds either way.
 * </ul>
 *
 * The group is still in every event: SUMMARY names it when the title does not, DESCRIPTION gives
 * its name and web address.
 */
@ApplicationScoped
public class CalendarWriter {

    static final String PRODID =
            "-//Rusty Events//Rust community events from This Week in Rust//EN";

    /**
     * @param spec the feed's name and description
     * @param source the feed's own absolute URL (RFC 7986 SOURCE and URL)
     * @param refresh how often clients should poll (RFC 7986 REFRESH-INTERVAL, X-PUBLISHED-TTL)
     * @param events the events, in the order to write them
     * @param issueUrls TWiR issue number → the issue's URL, for the events' descriptions
     * @return a VCALENDAR (no METHOD: see the class comment) with one all-day VEVENT per event:
     *     UTF-8, CRLF line ends, TEXT escaped by ical4j, lines folded at 75 octets ({@link
     *     OctetFolding})
     */
    public byte[] write(
            FeedSpec spec,
            URI source,
            Duration refresh,
            List<Event> events,
            Map<Integer, String> issueUrls) {
        List<CalendarComponent> components = new ArrayList<>(events.size());
        for (Event e : events) {
            components.add(vevent(e, issueUrls.get(e.firstIssue)));
        }
        return calendar(spec, source, refresh, components);
    }

    /**
     * @param spec the feed's name and description
     * @param source the feed's own absolute URL (RFC 7986 SOURCE and URL)
     * @param refresh how often clients should poll
     * @param calls the calls for proposals, in the order to write them
     * @param issueUrls TWiR issue number → the issue's URL
     * @return a VCALENDAR as {@link #write} makes it, with one all-day VEVENT per call on its
     *     deadline (the organisers' local day: TWiR gives no time zone)
     */
    public byte[] writeCalls(
            FeedSpec spec,
            URI source,
            Duration refresh,
            List<CallForProposals> calls,
            Map<Integer, String> issueUrls) {
        List<CalendarComponent> components = new ArrayList<>(calls.size());
        for (CallForProposals c : calls) {
            components.add(vevent(c, issueUrls.get(c.firstIssue)));
        }
        return calendar(spec, source, refresh, components);
    }

    private static byte[] calendar(
            FeedSpec spec,
            URI source,
            Duration refresh,
            List<? extends CalendarComponent> components) {
        List<Property> props = new ArrayList<>();
        props.add(new ProdId(PRODID));
        props.add(ImmutableVersion.VERSION_2_0);
        props.add(ImmutableCalScale.GREGORIAN);
        props.add(new Name(spec.name()));
        props.add(new XProperty("X-WR-CALNAME", spec.name()));
        props.add(new Description(spec.description()));
        props.add(new XProperty("X-WR-CALDESC", spec.description()));
        props.add(
                new RefreshInterval(
                        new ParameterList(
                                List.of(net.fortuna.ical4j.model.parameter.Value.DURATION)),
                        refresh));
        props.add(new XProperty("X-PUBLISHED-TTL", refresh.toString()));
        props.add(new Source(new ParameterList(), source.toString()));
        props.add(new Url(source));
        if (components.isEmpty()) {
            // RFC 5545 §3.6: a calendar holds at least one component. A filter that matches
            // nothing (yet) still gives a valid feed.
            components = List.of(utc());
        }
        // Built once from whole lists: adding components one by one copies the list each time.
        Calendar calendar = new Calendar(new PropertyList(props), new ComponentList<>(components));
        return OctetFolding.fold(calendar.toString());
    }

    /**
     * The component of an empty feed: a UTC VTIMEZONE, which clients ignore when no event uses it
     * (and which a feed of events could hold anyway).
     */
    private static VTimeZone utc() {
        Standard standard =
                new Standard(
                        new PropertyList(
                                List.<Property>of(
                                        new DtStart<>(java.time.LocalDateTime.of(1970, 1, 1, 0, 0)),
                                        new TzOffsetFrom(java.time.ZoneOffset.UTC),
                                        new TzOffsetTo(java.time.ZoneOffset.UTC),
                                        new TzName("UTC"))));
        return new VTimeZone(
                new PropertyList(List.<Property>of(new TzId("UTC"))),
                new ComponentList<Observance>(List.of(standard)));
    }

    private static VEvent vevent(CallForProposals c, String issueUrl) {
        List<Property> p = new ArrayList<>();
        p.add(new Uid(c.uid));
        p.add(new DtStamp(c.updatedAt));
        p.add(new DtStart<>(c.deadline));
        p.add(new DtEnd<>(c.deadline.plusDays(1)));
        p.add(new Summary("CFP closes: " + c.name));
        String place = EventPlace.display(c);
        if (place != null) {
            p.add(new Location(place));
        }
        uri(c.cfpUrl).ifPresent(u -> p.add(new Url(u)));
        List<String> lines = new ArrayList<>();
        lines.add("Last day to submit a talk proposal to " + c.name + ".");
        if (c.startDate != null) {
            lines.add(
                    "Conference: "
                            + c.startDate
                            + (c.endDate != null && !c.endDate.equals(c.startDate)
                                    ? " to " + c.endDate
                                    : "")
                            + (place != null ? ", " + place : ""));
        }
        lines.add("Submit: " + c.cfpUrl);
        if (c.eventUrl != null) {
            lines.add("Conference site: " + c.eventUrl);
        }
        if (c.note != null) {
            lines.add("Note: " + c.note);
        }
        lines.add(listedIn(c.firstIssue, issueUrl));
        p.add(new Description(String.join("\n", lines)));
        List<String> categories = new ArrayList<>(List.of("Rust", "cfp"));
        if (c.region != null) {
            categories.add(c.region.code());
        }
        p.add(new Categories(new TextList(categories)));
        p.add(ImmutableStatus.VEVENT_CONFIRMED);
        p.add(new Sequence(c.sequence));
        p.add(new Created(c.createdAt));
        p.add(new LastModified(c.updatedAt));
        return new VEvent(new PropertyList(p));
    }

    private static VEvent vevent(Event e, String issueUrl) {
        List<Property> p = new ArrayList<>();
        p.add(new Uid(e.uid));
        p.add(new DtStamp(e.updatedAt));
        // All-day event: DATE values; RFC 5545 §3.6.1: DTEND is exclusive, so the day after the
        // last.
        p.add(new DtStart<>(e.startDate));
        p.add(new DtEnd<>(e.endDate.plusDays(1)));
        p.add(new Summary(summary(e)));
        String place = EventPlace.display(e);
        if (place != null) {
            p.add(new Location(place));
        }
        if (e.latitude != null && e.longitude != null) {
            // RFC 5545 §3.8.1.6: GEO is latitude;longitude in decimal degrees (WGS 84); 5
            // decimals (~1 m) is what the gazetteer holds
            p.add(
                    new Geo(
                            BigDecimal.valueOf(e.latitude).setScale(5, RoundingMode.HALF_UP),
                            BigDecimal.valueOf(e.longitude).setScale(5, RoundingMode.HALF_UP)));
        }
        uri(e.eventUrl != null ? e.eventUrl : e.groupUrl).ifPresent(u -> p.add(new Url(u)));
        p.add(new Description(description(e, place, issueUrl)));
        p.add(new Categories(new TextList(categories(e))));
        p.add(
                e.status == EventStatus.DELISTED
                        ? ImmutableStatus.VEVENT_CANCELLED
                        : ImmutableStatus.VEVENT_CONFIRMED);
        p.add(new Sequence(e.sequence));
        p.add(new Created(e.createdAt));
        p.add(new LastModified(e.updatedAt));
        return new VEvent(new PropertyList(p));
    }

    /** SUMMARY: the title, followed by the group when the title does not name it. */
    static String summary(Event e) {
        String title = e.title != null ? e.title : e.groupName != null ? e.groupName : "Rust event";
        if (e.groupName != null
                && e.title != null
                && !e.title
                        .toLowerCase(Locale.ROOT)
                        .contains(e.groupName.toLowerCase(Locale.ROOT))) {
            return title + " · " + e.groupName;
        }
        return title;
    }

    private static String listedIn(int issue, String issueUrl) {
        return "Listed in This Week in Rust "
                + issue
                + (issueUrl != null ? " <" + issueUrl + ">" : "");
    }

    private static String description(Event e, String place, String issueUrl) {
        List<String> lines = new ArrayList<>();
        if (e.groupName != null) {
            lines.add(
                    "Group: " + e.groupName + (e.groupUrl != null ? " <" + e.groupUrl + ">" : ""));
        }
        if (e.mode != null) {
            lines.add("Mode: " + e.mode.code());
        }
        if (place != null && e.mode != Mode.VIRTUAL) {
            lines.add("Place: " + place);
        }
        if (e.eventUrl != null) {
            lines.add("Details: " + e.eventUrl);
        }
        if (e.status == EventStatus.DELISTED) {
            lines.add("No longer listed in This Week in Rust: cancelled or moved.");
        }
        lines.add(listedIn(e.firstIssue, issueUrl));
        return String.join("\n", lines);
    }

    private static List<String> categories(Event e) {
        List<String> list = new ArrayList<>();
        list.add("Rust");
        if (e.mode != null) {
            list.add(e.mode.code());
        }
        if (e.region != null) {
            list.add(e.region.code());
        }
        return list;
    }

    private static Optional<URI> uri(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI u = new URI(url);
            return u.isAbsolute() && u.getHost() != null ? Optional.of(u) : Optional.empty();
        } catch (URISyntaxException ex) {
            return Optional.empty();
        }
    }
}
