package dev.rustyevents.calendar;

import dev.rustyevents.cluster.DataVersionChanged;
import dev.rustyevents.config.FeedConfig;
import dev.rustyevents.http.DataVersionCache;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Rendered feeds, one per {@link FeedRequest}, kept until the data changes (an ingest or a
 * correction, in any replica: {@link DataVersionChanged}; a poll costs a hash lookup) or {@code
 * rusty-events.feeds.max-age} passes; see {@link DataVersionCache}.
 */
@ApplicationScoped
public class FeedCache {

    private static final Logger LOG = Logger.getLogger(FeedCache.class);

    private final FeedRenderer renderer;
    private final DataVersionCache<FeedRequest, RenderedFeed> cache;

    public FeedCache(FeedRenderer renderer, FeedConfig config, MeterRegistry registry) {
        this.renderer = renderer;
        this.cache = new DataVersionCache<>("feeds", config.cacheSize(), config.maxAge(), registry);
    }

    /**
     * @param request which feed
     * @return its rendering: at once when cached, else rendered on a worker thread (the database is
     *     blocking); completes exceptionally when rendering fails, which is not cached
     */
    CompletableFuture<RenderedFeed> get(FeedRequest request) {
        return cache.get(request, () -> renderer.render(request));
    }

    /** Drops every rendering once the data changed, in this replica or another. */
    void onChange(@Observes DataVersionChanged change) {
        cache.clear();
        LOG.debugf("data version %d: feed cache cleared", change.version());
    }
}
