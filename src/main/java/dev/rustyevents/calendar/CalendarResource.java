package dev.rustyevents.calendar;

import dev.rustyevents.api.FilterParams;
import dev.rustyevents.api.ProblemException;
import dev.rustyevents.event.EventFilter;
import dev.rustyevents.event.EventRepository;
import dev.rustyevents.event.Mode;
import dev.rustyevents.event.Region;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The iCalendar feeds: {@code /calendar.ics} with the API's filters, and named feeds that mirror
 * TWiR's sections: {@code /calendars/virtual.ics} (virtual and hybrid events) and
 * {@code /calendars/{region}.ics} (in-person and hybrid events of a region).
 */
@Path("/")
@Produces(CalendarResource.TEXT_CALENDAR)
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";
    private static final String VIRTUAL = "virtual";

    private final EventRepository events;
    private final CalendarWriter writer;
    private final Clock clock;

    public CalendarResource(EventRepository events, CalendarWriter writer, Clock clock) {
        this.events = events;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * @param filter the same filters as {@code /api/events}
     * @return the matching events as an iCalendar feed
     * @throws ProblemException 400 for a bad parameter
     */
    @GET
    @Path("calendar.ics")
    public Response calendar(@BeanParam FilterParams filter, @Context Request request) {
        return feed(filter.toFilter(clock), new FeedSpec("Rust events", "Rust community events listed in This Week in Rust"), request);
    }

    /**
     * @param name {@code virtual} or a region code ({@code europe}, {@code north-america}, …)
     * @param filter further filters, as on {@code /calendar.ics}
     * @return the named feed
     * @throws ProblemException 404 listing the valid names when the name is unknown
     */
    @GET
    @Path("calendars/{name}.ics")
    public Response named(@PathParam("name") String name, @BeanParam FilterParams filter, @Context Request request) {
        EventFilter base = filter.toFilter(clock);
        if (VIRTUAL.equals(name)) {
            return feed(base.withModes(Set.of(Mode.VIRTUAL, Mode.HYBRID)),
                    new FeedSpec("Rust events: Virtual", "Virtual and hybrid Rust community events listed in This Week in Rust"), request);
        }
        Region region = Region.fromCode(name).orElseThrow(() -> new ProblemException(Response.Status.NOT_FOUND, "name",
                "no feed named '" + name + "'", feedNames()));
        return feed(base.withRegion(region).withModes(Set.of(Mode.IN_PERSON, Mode.HYBRID)),
                new FeedSpec("Rust events: " + region.heading(),
                        "In-person and hybrid Rust community events in " + region.heading() + ", listed in This Week in Rust"),
                request);
    }

    /** @return the names of the named feeds, as accepted by {@link #named}. */
    static List<String> feedNames() {
        List<String> names = new ArrayList<>();
        names.add(VIRTUAL);
        Arrays.stream(Region.values()).map(Region::code).forEach(names::add);
        return names;
    }

    private Response feed(EventFilter filter, FeedSpec spec, Request request) {
        byte[] body = writer.write(spec, events.listAll(filter));
        EntityTag etag = new EntityTag(sha256(body));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        return Response.ok(body, TEXT_CALENDAR).tag(etag).cacheControl(cache).build();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
