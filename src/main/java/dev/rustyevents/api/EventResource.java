package dev.rustyevents.api;

import dev.rustyevents.api.dto.EventDto;
import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventRepository;
import dev.rustyevents.event.IssueRepository;
import dev.rustyevents.http.FilterParams;
import dev.rustyevents.http.PageParams;
import dev.rustyevents.http.ProblemException;
import dev.rustyevents.http.PublicBase;
import dev.rustyevents.http.PublicBases;
import dev.rustyevents.jsonld.JsonLd;
import dev.rustyevents.jsonld.SchemaOrg;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * {@code /api/events}: the events, filtered, sorted and paginated, and one event by id; JSON or
 * JSON-LD.
 */
@Path("/api/events")
@Produces({MediaType.APPLICATION_JSON, SchemaOrg.MEDIA_TYPE})
public class EventResource {

    private final EventLists lists;
    private final EventRepository events;
    private final IssueRepository issues;
    private final ApiResponses responses;
    private final PublicBases bases;
    private final Clock clock;

    public EventResource(
            EventLists lists,
            EventRepository events,
            IssueRepository issues,
            ApiResponses responses,
            PublicBases bases,
            Clock clock) {
        this.lists = lists;
        this.events = events;
        this.issues = issues;
        this.responses = responses;
        this.bases = bases;
        this.clock = clock;
    }

    /**
     * @return one page of events ({@link EventLists#serve}: filters of {@link FilterParams}, sort,
     *     status, updated_since, page, size), with total count and RFC 8288 Link header
     * @throws ProblemException 400 for a bad parameter, 404 for a page past the last
     */
    @GET
    public Uni<Response> list(
            @BeanParam FilterParams filter,
            @BeanParam PageParams paging,
            @BeanParam ChangeParams changes,
            @Context UriInfo uri,
            @Context Request request,
            @Context HttpHeaders headers) {
        return lists.serve(
                "/api/events",
                filter,
                paging,
                changes,
                () -> {},
                UnaryOperator.identity(),
                uri,
                request,
                headers);
    }

    /**
     * @param id the event's id (its RFC 5545 UID)
     * @return the event with the issue numbers that listed it (JSON), or as a schema.org Event
     *     (JSON-LD)
     * @throws ProblemException 404 when no event has this id
     */
    @GET
    @Path("{id}")
    public Uni<Response> get(
            @PathParam("id") String id, @Context Request request, @Context HttpHeaders headers) {
        String mediaType = EventLists.mediaType(request);
        PublicBase base = mediaType.equals(SchemaOrg.MEDIA_TYPE) ? bases.current() : null;
        ApiCacheKey key =
                new ApiCacheKey("/api/events/" + id, "", mediaType, LocalDate.now(clock), base);
        return responses.serve(
                key,
                () -> {
                    Event event =
                            events.findByUid(id)
                                    .orElseThrow(
                                            () ->
                                                    ProblemException.notFound(
                                                            "id",
                                                            "no event with id '"
                                                                    + ProblemException.echo(id)
                                                                    + "'"));
                    return ApiBody.of(
                            mediaType.equals(SchemaOrg.MEDIA_TYPE)
                                    ? JsonLd.document(event, base::absolute)
                                    : EventDto.of(event, issues.issueNumbersListing(event)));
                },
                request,
                headers);
    }
}
