package dev.rustyevents.web;

import dev.rustyevents.http.FilterParams;
import dev.rustyevents.http.PublicBase;
import dev.rustyevents.http.PublicBases;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The HTML pages. Each takes the filter parameters of {@code /api/events} where it lists events, so
 * a page URL, its feed URL and its API URL with the same query hold the same events. Bad parameters
 * get the page back with status 400 and the reason next to the form, not a blank error; unknown
 * events and groups get a 404 page. Absolute links are built on the request's {@link PublicBase}
 * ({@link PublicBases}); without a configured public URL an unusable Host is a 400 problem.
 */
@Path("/")
@Produces(PageResponses.HTML)
public class WebResource {

    private final WebPages pages;
    private final PageResponses responses;
    private final PublicBases bases;
    private final Clock clock;

    public WebResource(WebPages pages, PageResponses responses, PublicBases bases, Clock clock) {
        this.pages = pages;
        this.responses = responses;
        this.bases = bases;
        this.clock = clock;
    }

    /**
     * @return upcoming events by week, with the filter form, the subscribe panel and the embed
     *     snippet of the current filter; {@code page} pages through them ({@value
     *     WebPages#PAGE_SIZE} a page)
     */
    @GET
    public Uni<Response> index(
            @BeanParam FilterParams filter,
            @QueryParam("page") String page,
            @Context UriInfo uri,
            @Context Request request,
            @Context HttpHeaders headers) {
        LocalDate today = LocalDate.now(clock);
        PageQuery query = PageQuery.of(uri.getQueryParameters());
        PageResponses.Key key = key(uri, today);
        return responses.serve(
                key,
                PageResponses.HTML,
                () -> pages.index(filter, query, page, today, key.base()),
                request,
                headers);
    }

    /**
     * @return one event with the issues that listed it, what changed, and its schema.org JSON-LD
     */
    @GET
    @Path("events/{id}")
    public Uni<Response> event(
            @PathParam("id") String id,
            @Context UriInfo uri,
            @Context Request request,
            @Context HttpHeaders headers) {
        LocalDate today = LocalDate.now(clock);
        PageResponses.Key key = key(uri, today);
        return responses.serve(
                key,
                PageResponses.HTML,
                () -> pages.event(id, today, key.base()),
                request,
                headers);
    }

    /**
     * @param page the page of its past events (1-based, {@value WebPages#PAST_LIMIT} a page), or
     *     null for the first
     * @return one group: its upcoming and past events and its own feed
     */
    @GET
    @Path("groups/{slug}")
    public Uni<Response> group(
            @PathParam("slug") String slug,
            @QueryParam("page") String page,
            @Context UriInfo uri,
            @Context Request request,
            @Context HttpHeaders headers) {
        LocalDate today = LocalDate.now(clock);
        PageResponses.Key key = key(uri, today);
        return responses.serve(
                key,
                PageResponses.HTML,
                () -> pages.group(slug, page, today, key.base()),
                request,
                headers);
    }

    /**
     * @return events per month since 2013 by region: the chart ({@code /stats/chart.svg} and its
     *     narrower forms) and the numbers as a table, newest month first
     */
    @GET
    @Path("stats")
    public Uni<Response> stats(
            @Context UriInfo uri, @Context Request request, @Context HttpHeaders headers) {
        LocalDate today = LocalDate.now(clock);
        return responses.serve(
                key(uri, today), PageResponses.HTML, () -> pages.stats(today), request, headers);
    }

    /**
     * @return the chart of {@code /stats} as an SVG document, {@link StatsChart.Form#WIDE}
     */
    @GET
    @Path("stats/chart.svg")
    @Produces(PageResponses.SVG)
    public Uni<Response> chart(
            @Context UriInfo uri, @Context Request request, @Context HttpHeaders headers) {
        return chart(StatsChart.Form.WIDE, uri, request, headers);
    }

    /**
     * @return the chart of {@code /stats} as an SVG document, {@link StatsChart.Form#MEDIUM}
     */
    @GET
    @Path("stats/chart-medium.svg")
    @Produces(PageResponses.SVG)
    public Uni<Response> chartMedium(
            @Context UriInfo uri, @Context Request request, @Context HttpHeaders headers) {
        return chart(StatsChart.Form.MEDIUM, uri, request, headers);
    }

    /**
     * @return the chart of {@code /stats} as an SVG document, {@link StatsChart.Form#NARROW}
     */
    @GET
    @Path("stats/chart-narrow.svg")
    @Produces(PageResponses.SVG)
    public Uni<Response> chartNarrow(
            @Context UriInfo uri, @Context Request request, @Context HttpHeaders headers) {
        return chart(StatsChart.Form.NARROW, uri, request, headers);
    }

    private Uni<Response> chart(
            StatsChart.Form form, UriInfo uri, Request request, HttpHeaders headers) {
        return responses.serve(
                key(uri, LocalDate.now(clock)),
                PageResponses.SVG,
                () -> Html.ok(pages.chart(form)),
                request,
                headers);
    }

    /**
     * @return the compact list for an {@code <iframe>}: the next {@code limit} events of the
     *     filter, in the {@code theme}'s colours ({@code light}, {@code dark}, {@code auto})
     */
    @GET
    @Path("embed")
    public Uni<Response> embed(
            @BeanParam FilterParams filter,
            @QueryParam("limit") String limit,
            @QueryParam("theme") String theme,
            @Context UriInfo uri,
            @Context Request request,
            @Context HttpHeaders headers) {
        LocalDate today = LocalDate.now(clock);
        PageQuery query = PageQuery.of(uri.getQueryParameters());
        PageResponses.Key key = key(uri, today);
        return responses.serve(
                key,
                PageResponses.HTML,
                () -> pages.embed(filter, query, limit, theme, today, key.base()),
                request,
                headers);
    }

    private PageResponses.Key key(UriInfo uri, LocalDate today) {
        String query = uri.getRequestUri().getRawQuery();
        return new PageResponses.Key(
                uri.getPath(), query == null ? "" : query, today, bases.current());
    }
}
