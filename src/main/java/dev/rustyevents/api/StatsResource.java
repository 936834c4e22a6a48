package dev.rustyevents.api;

import dev.rustyevents.event.EventAggregates;
import dev.rustyevents.event.EventFilter;
import dev.rustyevents.event.EventStats;
import dev.rustyevents.http.FilterParams;
import dev.rustyevents.http.ProblemException;
import dev.rustyevents.http.QueryStrings;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code /api/stats}: confirmed events per month or year over the full history, by region and mode.
 */
@Path("/api/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    /** The parameters the canonical query keeps, in this order. */
    private static final List<String> PARAMETERS =
            Stream.concat(Stream.of("by"), FilterParams.NAMES.stream()).toList();

    private final EventAggregates aggregates;
    private final ApiResponses responses;
    private final Clock clock;

    public StatsResource(EventAggregates aggregates, ApiResponses responses, Clock clock) {
        this.aggregates = aggregates;
        this.responses = responses;
        this.clock = clock;
    }

    /**
     * @param by {@code month} (default) or {@code year}
     * @param filter the filters of {@code /api/events}; {@code from} has no default here (the whole
     *     history)
     * @return every period from the first to the last with a counted event, gaps filled with zeros
     * @throws ProblemException 400 for a bad parameter
     */
    @GET
    public Uni<Response> stats(
            @QueryParam("by") String by,
            @BeanParam FilterParams filter,
            @Context UriInfo uri,
            @Context Request request,
            @Context HttpHeaders headers) {
        boolean yearly;
        if (by == null || by.isBlank() || by.strip().equals("month")) {
            yearly = false;
        } else if (by.strip().equals("year")) {
            yearly = true;
        } else {
            throw ProblemException.badParameter(
                    "by",
                    "unknown period '" + ProblemException.echo(by) + "'",
                    List.of("month", "year"));
        }
        EventFilter events = filter.toFilter((LocalDate) null);
        String query = QueryStrings.canonical(uri.getQueryParameters(), PARAMETERS);
        return responses.serve(
                new ApiCacheKey(
                        "/api/stats", query, MediaType.APPLICATION_JSON, LocalDate.now(clock)),
                () -> ApiBody.of(EventStats.of(aggregates.perMonth(events), yearly)),
                request,
                headers);
    }
}
