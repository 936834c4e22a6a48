package dev.rustyevents.atom;

import dev.rustyevents.config.FeedConfig;
import dev.rustyevents.event.EventFilter;
import dev.rustyevents.http.FilterParams;
import dev.rustyevents.http.Paging;
import dev.rustyevents.http.ProblemException;
import dev.rustyevents.http.PublicBases;
import dev.rustyevents.http.QueryStrings;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code /feeds/events.atom}: an Atom feed (RFC 4287) of new and changed events, for feed readers
 * and chat bots, with the filters of {@code /api/events} (the same {@link FilterParams}, so the
 * same query selects the same events; {@code from} defaults to today). GET and HEAD, with a strong
 * ETag, Last-Modified, {@code Cache-Control: public} and a gzip body compressed once per data
 * version, as the iCalendar feeds; conditional requests get 304 (RFC 9110 §13).
 */
@Path(AtomResource.PATH)
@Produces(AtomResource.ATOM)
public class AtomResource {

    static final String PATH = "/feeds/events.atom";
    static final String ATOM = "application/atom+xml";
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    /** The query parameters the feed's own URL keeps, in this order. */
    private static final List<String> PARAMETERS =
            Stream.concat(FilterParams.NAMES.stream(), Stream.of("limit")).toList();

    private final AtomCache cache;
    private final FeedConfig config;
    private final PublicBases bases;
    private final Clock clock;

    public AtomResource(AtomCache cache, FeedConfig config, PublicBases bases, Clock clock) {
        this.cache = cache;
        this.config = config;
        this.bases = bases;
        this.clock = clock;
    }

    /**
     * @param filter the filters of {@code /api/events}; {@code from} defaults to today (UTC)
     * @param limit most entries, 1-{@value #MAX_LIMIT}; default {@value #DEFAULT_LIMIT}
     * @return the matching events, most recently changed first, as {@code application/atom+xml}
     * @throws ProblemException 400 (problem+json) for a bad parameter
     */
    @GET
    public Uni<Response> events(
            @BeanParam FilterParams filter,
            @QueryParam("limit") String limit,
            @Context UriInfo uri,
            @Context Request request,
            @Context HttpHeaders headers) {
        LocalDate today = LocalDate.now(clock);
        EventFilter events = filter.toFilter(today);
        int size =
                limit == null || limit.isBlank()
                        ? DEFAULT_LIMIT
                        : Paging.number("limit", limit, 1, MAX_LIMIT);
        AtomRequest feed =
                new AtomRequest(
                        QueryStrings.canonical(uri.getQueryParameters(), PARAMETERS),
                        events,
                        today,
                        size,
                        bases.current());
        String acceptEncoding = headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING);
        String ifNoneMatch = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        return Uni.createFrom()
                .completionStage(cache.get(feed))
                .map(rendered -> respond(rendered, acceptEncoding, ifNoneMatch, request));
    }

    private Response respond(
            RenderedAtom feed, String acceptEncoding, String ifNoneMatch, Request request) {
        return feed.body()
                .respond(200, ATOM, feed.lastModified(), request, acceptEncoding, ifNoneMatch)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + config.maxAge().toSeconds())
                .build();
    }
}
