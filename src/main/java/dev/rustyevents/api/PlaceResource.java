package dev.rustyevents.api;

import dev.rustyevents.api.dto.GazetteerPlaceDto;
import dev.rustyevents.api.dto.PlaceDto;
import dev.rustyevents.event.EventAggregates;
import dev.rustyevents.event.PlaceCount;
import dev.rustyevents.http.FilterParams;
import dev.rustyevents.http.NearParam;
import dev.rustyevents.http.ProblemException;
import dev.rustyevents.http.QueryStrings;
import dev.rustyevents.place.Gazetteer;
import dev.rustyevents.place.PlaceNames;
import dev.rustyevents.vocabulary.Countries;
import dev.rustyevents.vocabulary.Region;
import io.smallrye.mutiny.Uni;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/regions} and {@code /api/countries}: the place vocabulary with event counts, for
 * filter menus; {@code /api/places}: the gazetteer's places by name, for the place box.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class PlaceResource {

    private final EventAggregates aggregates;
    private final ApiResponses responses;
    private final Clock clock;

    public PlaceResource(EventAggregates aggregates, ApiResponses responses, Clock clock) {
        this.aggregates = aggregates;
        this.responses = responses;
        this.clock = clock;
    }

    /**
     * @return the six regions in TWiR's heading order, each with its upcoming and total confirmed
     *     events and, of those, the ones without a country ({@code withoutCountry}): a region's
     *     counts are the sums of its countries' in {@code /api/countries} plus these
     */
    @GET
    @Path("regions")
    public Uni<Response> regions(@Context Request request, @Context HttpHeaders headers) {
        LocalDate today = LocalDate.now(clock);
        return responses.serve(
                new ApiCacheKey("/api/regions", "", MediaType.APPLICATION_JSON, today),
                () -> {
                    Map<String, PlaceCount> counts = aggregates.countsByRegion(today);
                    Map<String, PlaceCount> withoutCountry =
                            aggregates.countsWithoutCountryByRegion(today);
                    return ApiBody.of(
                            Arrays.stream(Region.values())
                                    .map(
                                            r -> {
                                                PlaceCount none = new PlaceCount(r.code(), 0, 0);
                                                PlaceCount c = counts.getOrDefault(r.code(), none);
                                                PlaceCount w =
                                                        withoutCountry.getOrDefault(r.code(), none);
                                                return new PlaceDto(
                                                        r.code(),
                                                        r.heading(),
                                                        null,
                                                        c.upcoming(),
                                                        c.total(),
                                                        new PlaceDto.Counts(
                                                                w.upcoming(), w.total()));
                                            })
                                    .toList());
                },
                request,
                headers);
    }

    /**
     * @param region region codes to keep (repeatable or comma-separated); default all
     * @return the countries that had at least one confirmed event, by English name, with their
     *     region and counts
     * @throws ProblemException 400 for an unknown region
     */
    @GET
    @Path("countries")
    public Uni<Response> countries(
            @QueryParam("region") List<String> region,
            @Context UriInfo uri,
            @Context Request request,
            @Context HttpHeaders headers) {
        Set<Region> regions = FilterParams.regions(region);
        LocalDate today = LocalDate.now(clock);
        String query = QueryStrings.canonical(uri.getQueryParameters(), List.of("region"));
        return responses.serve(
                new ApiCacheKey("/api/countries", query, MediaType.APPLICATION_JSON, today),
                () ->
                        ApiBody.of(
                                aggregates.countsByCountry(today).stream()
                                        .map(
                                                c ->
                                                        PlaceDto.country(
                                                                c.code(),
                                                                Countries.name(c.code()),
                                                                Countries.regionOf(c.code())
                                                                        .map(Region::code)
                                                                        .orElse(null),
                                                                c.upcoming(),
                                                                c.total()))
                                        .filter(
                                                c ->
                                                        regions.isEmpty()
                                                                || regions.stream()
                                                                        .anyMatch(
                                                                                r ->
                                                                                        r.code()
                                                                                                .equals(
                                                                                                        c
                                                                                                                .region())))
                                        .sorted(Comparator.comparing(PlaceDto::name))
                                        .toList()),
                request,
                headers);
    }

    /** At most this many places per {@code /api/places} answer. */
    static final int MAX_PLACES = 10;

    /**
     * @param q the start of a place name (at least 2 letters; accents and case ignored)
     * @return up to {@value #MAX_PLACES} gazetteer places whose name or an alternate name starts
     *     so, most populous first, each with the {@code near} value that names it
     * @throws ProblemException 400 naming {@code q} when missing, shorter than 2 or longer than 200
     *     characters
     */
    @GET
    @Path("places")
    public Uni<Response> places(
            @QueryParam("q") String q, @Context Request request, @Context HttpHeaders headers) {
        String text = q == null ? "" : q.strip();
        if (text.length() < 2 || text.length() > 200) {
            throw ProblemException.badParameter(
                    "q", "'q' must be the start of a place name, 2 to 200 characters");
        }
        Gazetteer gazetteer = Gazetteer.standard();
        String folded = PlaceNames.fold(text);
        return responses.serve(
                new ApiCacheKey(
                        "/api/places",
                        "q=" + folded,
                        MediaType.APPLICATION_JSON,
                        LocalDate.now(clock)),
                () ->
                        ApiBody.of(
                                gazetteer.startingWith(text, MAX_PLACES).stream()
                                        .map(
                                                p ->
                                                        GazetteerPlaceDto.of(
                                                                p,
                                                                NearParam.label(p),
                                                                p.subdivision() == null
                                                                        ? null
                                                                        : gazetteer
                                                                                .subdivisionName(
                                                                                        p
                                                                                                .subdivision())
                                                                                .orElse(null)))
                                        .toList()),
                request,
                headers);
    }
}
