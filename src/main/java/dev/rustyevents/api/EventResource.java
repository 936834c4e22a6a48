package dev.rustyevents.api;

import dev.rustyevents.api.dto.EventDto;
import dev.rustyevents.api.dto.PageDto;
import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventRepository;
import dev.rustyevents.event.IssueRepository;
import dev.rustyevents.event.Page;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;

/** {@code /api/events}: the events, filtered and paginated, and one event by id. */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    static final int MAX_SIZE = 200;

    private final EventRepository events;
    private final IssueRepository issues;
    private final Clock clock;

    public EventResource(EventRepository events, IssueRepository issues, Clock clock) {
        this.events = events;
        this.issues = issues;
        this.clock = clock;
    }

    /**
     * @param filter the event filter ({@link FilterParams})
     * @param page   1-based page number
     * @param size   page size, 1 to {@value #MAX_SIZE}
     * @return one page of events sorted by date, with the total count
     * @throws ProblemException 400 for a bad parameter
     */
    @GET
    public PageDto<EventDto> list(@BeanParam FilterParams filter,
                                  @QueryParam("page") @DefaultValue("1") String page,
                                  @QueryParam("size") @DefaultValue("50") String size) {
        int p = Paging.number("page", page, 1, Integer.MAX_VALUE / MAX_SIZE);
        int s = Paging.number("size", size, 1, MAX_SIZE);
        Page<Event> result = events.search(filter.toFilter(clock), p, s);
        return new PageDto<>(result.items().stream().map(EventDto::of).toList(), result.page(), result.size(),
                result.total(), result.pageCount());
    }

    /**
     * @param id the event's id (its RFC 5545 UID)
     * @return the event with the issue numbers that listed it
     * @throws ProblemException 404 when no event has this id
     */
    @GET
    @Path("{id}")
    public EventDto get(@PathParam("id") String id) {
        Event event = events.findByUid(id)
                .orElseThrow(() -> ProblemException.notFound("id", "no event with id '" + id + "'"));
        return EventDto.of(event, issues.issueNumbersListing(event));
    }
}
