package dev.rustyevents.calendar;

import dev.rustyevents.config.FeedConfig;
import dev.rustyevents.event.EventFilter;
import dev.rustyevents.http.ConditionalGet;
import dev.rustyevents.http.EncodedBody;
import dev.rustyevents.http.FeedContent;
import dev.rustyevents.http.FeedSpec;
import dev.rustyevents.http.FilterParams;
import dev.rustyevents.http.GroupSlugs;
import dev.rustyevents.http.NamedFeed;
import dev.rustyevents.http.ProblemException;
import dev.rustyevents.http.PublicBases;
import dev.rustyevents.http.QueryStrings;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The iCalendar feeds: {@code /calendar.ics} with the API's filters, the named feeds {@code
 * /calendars/{name}.ics} ({@link NamedFeed}) and one feed per group, {@code
 * /groups/{slug}/calendar.ics}. Every feed answers GET and HEAD with a strong ETag, Last-Modified,
 * {@code Cache-Control: public} and, when asked for, a gzip or Brotli body compressed once per data
 * version ({@link EncodedBody}); conditional requests get 304 (RFC 9110 §13). Renderings come from
 * {@link FeedCache}, so a poll does not touch the database. SOURCE and URL are built on the
 * request's {@link dev.rustyevents.http.PublicBase}; without a configured public URL an unusable
 * Host is a 400. One event on its own, to import, is {@code /events/{id}/calendar.ics} ({@link
 * EventCalendar}).
 */
@Path("/")
@Produces(CalendarResource.TEXT_CALENDAR)
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";
    static final int MAX_PAST_DAYS = 9999;

    /** The query parameters a feed URL keeps in its SOURCE, in this order. */
    private static final List<String> FEED_PARAMETERS =
            Stream.concat(FilterParams.NAMES.stream(), Stream.of("past_days")).toList();

    private final FeedCache cache;
    private final EventCalendar single;
    private final FeedConfig config;
    private final PublicBases bases;
    private final Clock clock;

    public CalendarResource(
            FeedCache cache,
            EventCalendar single,
            FeedConfig config,
            PublicBases bases,
            Clock clock) {
        this.cache = cache;
        this.single = single;
        this.config = config;
        this.bases = bases;
        this.clock = clock;
    }

    /**
     * @param filter the filters of {@code /api/events}; {@code from} defaults to {@code past_days}
     *     ago
     * @param pastDays days back from today (UTC) the feed starts, 0-{@value #MAX_PAST_DAYS};
     *     default {@code rusty-events.feeds.past-days} (30)
     * @return the matching events as an iCalendar feed
     * @throws ProblemException 400 for a bad parameter
     */
    @GET
    @Path("calendar.ics")
    public Uni<Response> calendar(
            @BeanParam FilterParams filter,
            @jakarta.ws.rs.QueryParam("past_days") String pastDays,
            @Context UriInfo uri,
            @Context Request request,
            @Context HttpHeaders headers) {
        NamedFeed all = NamedFeed.all().get(0);
        return serve(
                feedRequest(all.content(), all.spec(), all.path(), filter, pastDays, uri),
                request,
                headers);
    }

    /**
     * @param name {@code virtual}, a region code ({@code europe}, {@code north-america}, …) or
     *     {@code cfp} (calls for proposals, one VEVENT on each deadline; the window and place
     *     filters apply, {@code group} does not)
     * @return the named feed, with the caller's further filters
     * @throws ProblemException 404 listing the valid names when the name is unknown; 400 for a bad
     *     parameter
     */
    @GET
    @Path("calendars/{name}.ics")
    public Uni<Response> named(
            @PathParam("name") String name,
            @BeanParam FilterParams filter,
            @jakarta.ws.rs.QueryParam("past_days") String pastDays,
            @Context UriInfo uri,
            @Context Request request,
            @Context HttpHeaders headers) {
        NamedFeed feed =
                NamedFeed.byName(name)
                        .orElseThrow(
                                () ->
                                        new ProblemException(
                                                Response.Status.NOT_FOUND,
                                                "name",
                                                "no feed named '"
                                                        + ProblemException.echo(name)
                                                        + "'",
                                                NamedFeed.names()));
        FeedRequest base =
                feedRequest(feed.content(), feed.spec(), feed.path(), filter, pastDays, uri);
        if (feed.content() == FeedContent.CALLS_FOR_PROPOSALS
                && !base.filter().groupSlugs().isEmpty()) {
            throw ProblemException.badParameter(
                    "group",
                    "calls for proposals are conferences', not groups'; the cfp feed takes no 'group'");
        }
        return serve(
                new FeedRequest(
                        base.content(),
                        base.spec(),
                        base.path(),
                        base.query(),
                        feed.restrict().apply(base.filter()),
                        base.defaultFrom(),
                        base.base()),
                request,
                headers);
    }

    /**
     * @param slug a group's slug, as in an event's {@code groupSlug}
     * @return the group's events
     * @throws ProblemException 404 when no event of that group is stored, naming similar slugs
     *     (from the rendering: the group is looked up once per data version); 400 for a bad
     *     parameter
     */
    @GET
    @Path("groups/{slug}/calendar.ics")
    public Uni<Response> group(
            @PathParam("slug") String slug,
            @BeanParam FilterParams filter,
            @jakarta.ws.rs.QueryParam("past_days") String pastDays,
            @Context UriInfo uri,
            @Context Request request,
            @Context HttpHeaders headers) {
        String normal = GroupSlugs.normalise(slug);
        String path = "/groups/" + normal + "/calendar.ics";
        FeedRequest base = feedRequest(FeedContent.GROUP_EVENTS, null, path, filter, pastDays, uri);
        return serve(
                new FeedRequest(
                        FeedContent.GROUP_EVENTS,
                        null,
                        path,
                        base.query(),
                        base.filter().withGroup(normal),
                        base.defaultFrom(),
                        base.base()),
                request,
                headers);
    }

    /**
     * One event to import into a calendar ("add this event"), linked from its page. Blocking (a
     * worker thread): one indexed lookup, not cached.
     *
     * @param id an event's id (its RFC 5545 UID)
     * @return a VCALENDAR holding only that event's VEVENT, as an attachment {@code
     *     rust-event.ics}, with a strong ETag (304 for a matching {@code If-None-Match}, RFC 9110
     *     §13.1.2)
     * @throws ProblemException 404 when no event has the id
     */
    @GET
    @Path("events/{id}/calendar.ics")
    public Response event(
            @PathParam("id") String id, @Context Request request, @Context HttpHeaders headers) {
        byte[] bytes =
                single.write(id, bases.current())
                        .orElseThrow(
                                () ->
                                        ProblemException.notFound(
                                                "id",
                                                "no event has the id '"
                                                        + ProblemException.echo(id)
                                                        + "'"));
        EntityTag tag = ConditionalGet.strongTag(bytes);
        Response.ResponseBuilder notModified =
                ConditionalGet.notModified(
                        request, headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag, null);
        Response.ResponseBuilder response =
                notModified != null
                        ? notModified
                        : Response.ok(bytes, TEXT_CALENDAR)
                                .header(
                                        "Content-Disposition",
                                        "attachment; filename=\"rust-event.ics\"");
        return response.tag(tag).header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    private FeedRequest feedRequest(
            FeedContent content,
            FeedSpec spec,
            String path,
            FilterParams params,
            String pastDays,
            UriInfo uri) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        LocalDate today = LocalDate.now(clock);
        if (query.containsKey("from") && pastDays != null) {
            throw ProblemException.badParameter(
                    "past_days", "give either 'from' or 'past_days', not both");
        }
        LocalDate from = today.minusDays(pastDays(pastDays));
        EventFilter filter =
                params.toFilter(from).withCancelledSince(today.minusDays(config.cancelledDays()));
        return new FeedRequest(
                content,
                spec,
                path,
                QueryStrings.canonical(query, FEED_PARAMETERS),
                filter,
                from,
                bases.current());
    }

    private int pastDays(String value) {
        if (value == null || value.isBlank()) {
            return config.pastDays();
        }
        try {
            int days = Integer.parseInt(value.strip());
            if (days >= 0 && days <= MAX_PAST_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.badParameter(
                "past_days",
                "'"
                        + ProblemException.echo(value)
                        + "' is not a whole number of days from 0 to "
                        + MAX_PAST_DAYS);
    }

    private Uni<Response> serve(FeedRequest feed, Request request, HttpHeaders headers) {
        String acceptEncoding = headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING);
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        return Uni.createFrom()
                .completionStage(cache.get(feed))
                .map(rendered -> respond(rendered, acceptEncoding, ifNoneMatch, request));
    }

    private Response respond(
            RenderedFeed feed, String acceptEncoding, String ifNoneMatch, Request request) {
        String cacheControl = "public, max-age=" + config.maxAge().toSeconds();
        return feed.body()
                .respond(
                        200,
                        TEXT_CALENDAR,
                        feed.lastModified(),
                        request,
                        acceptEncoding,
                        ifNoneMatch)
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .build();
    }
}
