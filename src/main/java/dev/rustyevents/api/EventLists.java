package dev.rustyevents.api;

import dev.rustyevents.api.dto.EventDto;
import dev.rustyevents.api.dto.PageDto;
import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventFilter;
import dev.rustyevents.event.EventRepository;
import dev.rustyevents.event.EventSort;
import dev.rustyevents.event.Page;
import dev.rustyevents.http.FilterParams;
import dev.rustyevents.http.PageParams;
import dev.rustyevents.http.Paging;
import dev.rustyevents.http.ProblemException;
import dev.rustyevents.http.PublicBase;
import dev.rustyevents.http.PublicBases;
import dev.rustyevents.http.QueryStrings;
import dev.rustyevents.jsonld.JsonLd;
import dev.rustyevents.jsonld.SchemaOrg;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Variant;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Paged, filtered event lists ({@code /api/events}, {@code /api/groups/{slug}/events}) as JSON or
 * schema.org JSON-LD: one implementation for both paths, so both take the same parameters.
 */
@ApplicationScoped
public class EventLists {

    /**
     * The parameters a list's canonical query keeps, in this order ({@code page} comes last, from
     * the links).
     */
    static final List<String> PARAMETERS =
            Stream.concat(
                            FilterParams.NAMES.stream(),
                            Stream.of("status", "updated_since", "sort", "size"))
                    .toList();

    private static final List<Variant> VARIANTS =
            Variant.mediaTypes(
                            MediaType.APPLICATION_JSON_TYPE,
                            MediaType.valueOf(SchemaOrg.MEDIA_TYPE))
                    .build();

    private final EventRepository events;
    private final ApiResponses responses;
    private final PublicBases bases;
    private final Clock clock;

    public EventLists(
            EventRepository events, ApiResponses responses, PublicBases bases, Clock clock) {
        this.events = events;
        this.responses = responses;
        this.bases = bases;
        this.clock = clock;
    }

    /**
     * @param path the list's path, for links and the cache key
     * @param params the filter parameters; {@code from} defaults to today (UTC), or to no bound
     *     when {@code updated_since} is given (a sync client wants every change)
     * @param paging page and size
     * @param changes sort, status and updated_since
     * @param check run before the query on a miss, e.g. "the group exists"; throws a
     *     ProblemException
     * @param restrict narrows the filter (a group's list fixes the group)
     * @return the page as JSON ({@code EventPage}) or JSON-LD (a {@code @graph} of Events) by
     *     {@code Accept}, with Link, ETag and Cache-Control
     * @throws ProblemException 400 for a bad parameter (or, for JSON-LD without a configured public
     *     URL, an unusable Host); 404 (in the Uni) for a page past the last
     */
    public Uni<Response> serve(
            String path,
            FilterParams params,
            PageParams paging,
            ChangeParams changes,
            Runnable check,
            java.util.function.UnaryOperator<EventFilter> restrict,
            UriInfo uri,
            Request request,
            HttpHeaders headers) {
        LocalDate today = LocalDate.now(clock);
        EventFilter filter =
                restrict.apply(
                        params.toFilter(changes.hasUpdatedSince() ? null : today)
                                .withChanges(changes.statuses(), changes.updatedSince()));
        EventSort sort = changes.sort();
        if (sort == EventSort.DISTANCE && filter.near() == null) {
            throw ProblemException.badParameter(
                    "sort", "'distance' orders by the distance from 'near', which is not given");
        }
        int page = paging.page();
        int size = paging.size();
        String mediaType = mediaType(request);
        String query = QueryStrings.canonical(uri.getQueryParameters(), PARAMETERS);
        PublicBase base = mediaType.equals(SchemaOrg.MEDIA_TYPE) ? bases.current() : null;
        Supplier<ApiBody> body =
                () -> {
                    check.run();
                    Page<Event> result = events.search(filter, sort, page, size);
                    var links = Paging.links(result, path, query);
                    Object entity =
                            mediaType.equals(SchemaOrg.MEDIA_TYPE)
                                    ? JsonLd.graph(result.items(), base::absolute)
                                    : new PageDto<>(
                                            result.items().stream()
                                                    .map(e -> EventDto.of(e, null, filter.near()))
                                                    .toList(),
                                            result.page(),
                                            result.size(),
                                            result.total(),
                                            result.pageCount());
                    return new ApiBody(entity, links);
                };
        return responses.serve(
                new ApiCacheKey(path, query + "&page=" + page, mediaType, today, base),
                body,
                request,
                headers);
    }

    /**
     * @return {@code application/json} unless {@code Accept} prefers {@code application/ld+json}
     *     (JAX-RS server-driven negotiation, JSON first on a tie)
     */
    static String mediaType(Request request) {
        Variant chosen = request.selectVariant(VARIANTS);
        return chosen == null
                        || !chosen.getMediaType()
                                .isCompatible(MediaType.valueOf(SchemaOrg.MEDIA_TYPE))
                ? MediaType.APPLICATION_JSON
                : SchemaOrg.MEDIA_TYPE;
    }
}
