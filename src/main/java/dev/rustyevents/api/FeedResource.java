package dev.rustyevents.api;

import dev.rustyevents.api.dto.FeedDto;
import dev.rustyevents.http.NamedFeed;
import dev.rustyevents.http.PublicBase;
import dev.rustyevents.http.PublicBases;
import dev.rustyevents.http.SubscribeLinks;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;

/** The named iCalendar feeds and how to subscribe to each. */
@Path("/api/feeds")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    private final PublicBases bases;
    private final ApiResponses responses;
    private final Clock clock;

    public FeedResource(PublicBases bases, ApiResponses responses, Clock clock) {
        this.bases = bases;
        this.responses = responses;
        this.clock = clock;
    }

    /**
     * @return every named feed ({@code all}, {@code virtual}, one per region) with its https,
     *     {@code webcal://} and Google Calendar subscribe links, built on the public base ({@link
     *     PublicBases}: {@code rusty-events.feeds.public-url}, else the request's scheme and Host)
     * @throws ProblemException 400 for an unusable Host when no public URL is configured
     */
    @GET
    public Uni<Response> feeds(@Context Request request, @Context HttpHeaders headers) {
        PublicBase base = bases.current();
        return responses.serve(
                new ApiCacheKey(
                        "/api/feeds", "", MediaType.APPLICATION_JSON, LocalDate.now(clock), base),
                () ->
                        ApiBody.of(
                                NamedFeed.all().stream()
                                        .map(
                                                f ->
                                                        FeedDto.of(
                                                                f.name(),
                                                                f.spec().name(),
                                                                f.spec().description(),
                                                                SubscribeLinks.of(base, f.path())))
                                        .toList()),
                request,
                headers);
    }
}
