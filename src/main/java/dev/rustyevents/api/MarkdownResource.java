package dev.rustyevents.api;

import dev.rustyevents.event.EventFilter;
import dev.rustyevents.event.EventRepository;
import dev.rustyevents.http.FilterParams;
import dev.rustyevents.http.ProblemException;
import dev.rustyevents.http.QueryStrings;
import dev.rustyevents.scrape.TwirMarkdown;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;

/**
 * {@code /upcoming-events.md}: the stored events that match the filters of {@code /api/events},
 * written as TWiR's "Upcoming Events" Markdown ({@link TwirMarkdown}, the writer of {@code
 * /api/issues/{n}/upcoming-events.md}), for a group's or a region's newsletter ("Rust events in
 * Germany this month": {@code ?country=DE&from=2026-08-01&to=2026-08-31}). Cached and revalidated
 * as every API response ({@link ApiResponses}).
 */
@Path("/upcoming-events.md")
@Produces(MarkdownListings.MEDIA_TYPE)
public class MarkdownResource {

    private final EventRepository events;
    private final ApiResponses responses;
    private final Clock clock;

    public MarkdownResource(EventRepository events, ApiResponses responses, Clock clock) {
        this.events = events;
        this.responses = responses;
        this.clock = clock;
    }

    /**
     * @param params the filters of {@code /api/events}; {@code from} defaults to today (UTC), no
     *     {@code to} by default
     * @return the listed (not delisted, not hidden) events, under TWiR's headings in TWiR's order;
     *     an empty body when none matches
     * @throws ProblemException 400 for a bad parameter
     */
    @GET
    public Uni<Response> list(
            @BeanParam FilterParams params,
            @Context UriInfo uri,
            @Context Request request,
            @Context HttpHeaders headers) {
        LocalDate today = LocalDate.now(clock);
        EventFilter filter = params.toFilter(today).confirmedOnly();
        String query = QueryStrings.canonical(uri.getQueryParameters(), FilterParams.NAMES);
        return responses.serve(
                new ApiCacheKey("/upcoming-events.md", query, MarkdownListings.MEDIA_TYPE, today),
                () ->
                        ApiBody.of(
                                TwirMarkdown.write(
                                        TwirMarkdown.inTwirOrder(
                                                events.listAll(filter).stream()
                                                        .filter(e -> !e.cfpOnly)
                                                        .map(MarkdownListings::of)
                                                        .toList()))),
                request,
                headers);
    }
}
