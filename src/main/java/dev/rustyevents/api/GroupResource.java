package dev.rustyevents.api;

import dev.rustyevents.api.dto.GroupDto;
import dev.rustyevents.api.dto.PageDto;
import dev.rustyevents.event.EventAggregates;
import dev.rustyevents.event.EventRepository;
import dev.rustyevents.event.GroupSummary;
import dev.rustyevents.event.Page;
import dev.rustyevents.http.FilterParams;
import dev.rustyevents.http.GroupSlugs;
import dev.rustyevents.http.NearParam;
import dev.rustyevents.http.PageParams;
import dev.rustyevents.http.Paging;
import dev.rustyevents.http.ProblemException;
import dev.rustyevents.http.PublicBase;
import dev.rustyevents.http.PublicBases;
import dev.rustyevents.http.QueryStrings;
import dev.rustyevents.jsonld.SchemaOrg;
import dev.rustyevents.place.GeoPoint;
import dev.rustyevents.vocabulary.Region;
import dev.rustyevents.vocabulary.Slugs;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/groups}: the groups that organise Rust events (as TWiR's listings name them), one
 * group, and a group's events.
 */
@Path("/api/groups")
public class GroupResource {

    private static final List<String> PARAMETERS =
            List.of("q", "country", "region", "near", "radius", "sort", "size");

    /** The orders of {@code /api/groups}: by slug (the default), or nearest home first. */
    private static final List<String> SORTS = List.of("slug", "distance");

    private final EventAggregates aggregates;
    private final EventRepository events;
    private final EventLists lists;
    private final ApiResponses responses;
    private final PublicBases bases;
    private final Clock clock;

    public GroupResource(
            EventAggregates aggregates,
            EventRepository events,
            EventLists lists,
            ApiResponses responses,
            PublicBases bases,
            Clock clock) {
        this.aggregates = aggregates;
        this.events = events;
        this.lists = lists;
        this.responses = responses;
        this.bases = bases;
        this.clock = clock;
    }

    /**
     * @param q words that must all occur in the group's name (case- and accent-insensitive)
     * @param country ISO 3166-1 alpha-2 codes of the group's home (repeatable)
     * @param region region codes of the group's home (repeatable)
     * @param near {@code lat,lon} or a place name ({@link NearParam#point}): only groups whose home
     *     ({@link GroupSummary#home}: where most of its in-person and hybrid events took place, at
     *     the coordinates of its latest event there) is within {@code radius} (great-circle
     *     distance, haversine); each then carries {@code distanceKm}. Groups that only met online,
     *     or whose home was never resolved, have no home and are left out
     * @param radius kilometres around {@code near}, 1 to 5000, default 100
     * @param sort {@code slug} (the default) or {@code distance} (nearest first, ties by slug;
     *     needs {@code near})
     * @return one page of groups, with total count and Link header
     * @throws ProblemException 400 for a bad parameter (naming it: an unknown place lists close
     *     spellings), 404 for a page past the last
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> list(
            @QueryParam("q") String q,
            @QueryParam("country") List<String> country,
            @QueryParam("region") List<String> region,
            @QueryParam("near") String near,
            @QueryParam("radius") String radius,
            @QueryParam("sort") String sort,
            @BeanParam PageParams paging,
            @Context UriInfo uri,
            @Context Request request,
            @Context HttpHeaders headers) {
        String text = FilterParams.text(q);
        Set<String> countries = FilterParams.countries(country);
        Set<Region> regions = FilterParams.regions(region);
        GeoPoint centre = NearParam.point(near, radius);
        double radiusKm = NearParam.radiusKm(near, radius);
        String order = sort == null || sort.isBlank() ? "slug" : sort.strip();
        if (!SORTS.contains(order)) {
            throw ProblemException.badParameter(
                    "sort", "unknown order '" + ProblemException.echo(order) + "'", SORTS);
        }
        if (order.equals("distance") && centre == null) {
            throw ProblemException.badParameter(
                    "sort", "'distance' orders by the distance from 'near', which is not given");
        }
        int page = paging.page();
        int size = paging.size();
        LocalDate today = LocalDate.now(clock);
        String query = QueryStrings.canonical(uri.getQueryParameters(), PARAMETERS);
        PublicBase base = bases.current();
        return responses.serve(
                new ApiCacheKey(
                        "/api/groups",
                        query + "&page=" + page,
                        MediaType.APPLICATION_JSON,
                        today,
                        base),
                () -> {
                    List<GroupSummary> matching =
                            aggregates.groups(today).stream()
                                    .filter(
                                            g ->
                                                    text == null
                                                            || containsAll(
                                                                    Slugs.fold(g.name()), text))
                                    .filter(
                                            g ->
                                                    countries.isEmpty()
                                                            || g.home() != null
                                                                    && countries.contains(
                                                                            g.home().country()))
                                    .filter(
                                            g ->
                                                    regions.isEmpty()
                                                            || g.home() != null
                                                                    && regions.contains(
                                                                            g.home().region()))
                                    .filter(
                                            g ->
                                                    centre == null
                                                            || distanceKm(g, centre) <= radiusKm)
                                    .sorted(
                                            order.equals("distance")
                                                    ? Comparator.comparingDouble(
                                                                    (GroupSummary g) ->
                                                                            distanceKm(g, centre))
                                                            .thenComparing(GroupSummary::slug)
                                                    : Comparator.comparing(GroupSummary::slug))
                                    .toList();
                    Page<GroupSummary> result =
                            new Page<>(
                                    matching.stream()
                                            .skip((long) (page - 1) * size)
                                            .limit(size)
                                            .toList(),
                                    page,
                                    size,
                                    matching.size());
                    var links = Paging.links(result, "/api/groups", query);
                    return new ApiBody(
                            new PageDto<>(
                                    result.items().stream()
                                            .map(g -> GroupDto.of(g, base, centre))
                                            .toList(),
                                    page,
                                    size,
                                    result.total(),
                                    result.pageCount()),
                            links);
                },
                request,
                headers);
    }

    /**
     * @param slug a group's slug (an event's {@code groupSlug}); a name is normalised to its slug
     * @return the group
     * @throws ProblemException 404 naming up to 20 similar slugs when no confirmed event has the
     *     group
     */
    @GET
    @Path("{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> get(
            @PathParam("slug") String slug,
            @Context Request request,
            @Context HttpHeaders headers) {
        String normal = GroupSlugs.normalise(slug);
        LocalDate today = LocalDate.now(clock);
        PublicBase base = bases.current();
        return responses.serve(
                new ApiCacheKey(
                        "/api/groups/" + normal, "", MediaType.APPLICATION_JSON, today, base),
                () ->
                        ApiBody.of(
                                GroupDto.of(
                                        aggregates
                                                .group(normal, today)
                                                .orElseThrow(
                                                        () -> GroupSlugs.unknown(normal, events)),
                                        base)),
                request,
                headers);
    }

    /**
     * @param slug a group's slug
     * @return the group's events, as {@code /api/events} with the same parameters (except {@code
     *     group})
     * @throws ProblemException 404 when no event has the group; 400 for a bad parameter
     */
    @GET
    @Path("{slug}/events")
    @Produces({MediaType.APPLICATION_JSON, SchemaOrg.MEDIA_TYPE})
    public Uni<Response> events(
            @PathParam("slug") String slug,
            @BeanParam FilterParams filter,
            @BeanParam PageParams paging,
            @BeanParam ChangeParams changes,
            @Context UriInfo uri,
            @Context Request request,
            @Context HttpHeaders headers) {
        String normal = GroupSlugs.normalise(slug);
        return lists.serve(
                "/api/groups/" + normal + "/events",
                filter,
                paging,
                changes,
                () ->
                        events.groupName(normal)
                                .orElseThrow(() -> GroupSlugs.unknown(normal, events)),
                f -> f.withGroup(normal),
                uri,
                request,
                headers);
    }

    /**
     * @return the great-circle distance in km from the centre to the group's home, or infinity for
     *     a group without a home with coordinates
     */
    private static double distanceKm(GroupSummary g, GeoPoint centre) {
        GroupSummary.Place home = g.home();
        return home == null || home.latitude() == null
                ? Double.POSITIVE_INFINITY
                : GeoPoint.distanceKm(
                        centre.latitude(), centre.longitude(), home.latitude(), home.longitude());
    }

    private static boolean containsAll(String haystack, String words) {
        return haystack != null
                && Arrays.stream(Slugs.fold(words).split("\\s+")).allMatch(haystack::contains);
    }
}
