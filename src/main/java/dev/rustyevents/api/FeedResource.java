package dev.rustyevents.api;

import dev.rustyevents.api.dto.FeedDto;
import dev.rustyevents.calendar.NamedFeed;
import dev.rustyevents.calendar.SubscribeLinks;
import dev.rustyevents.config.FeedConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The named iCalendar feeds and how to subscribe to each. */
@Path("/api/feeds")
@Produces(MediaType.APPLICATION_JSON)
public class FeedResource {

    private final FeedConfig config;

    public FeedResource(FeedConfig config) {
        this.config = config;
    }

    /**
     * @return every named feed ({@code all}, {@code virtual}, one per region) with its https,
     *         {@code webcal://} and Google Calendar subscribe links, built on
     *         {@code rusty-events.feeds.public-url}
     */
    @GET
    public List<FeedDto> feeds() {
        return NamedFeed.all().stream()
                .map(f -> FeedDto.of(f.name(), f.spec().name(), f.spec().description(), SubscribeLinks.of(config.publicUrl(), f.path())))
                .toList();
    }
}
