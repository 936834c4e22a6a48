package dev.rustyevents.calendar;

import dev.rustyevents.config.FeedConfig;
import dev.rustyevents.event.EventsChanged;
import dev.rustyevents.http.DataVersionCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletableFuture;

/**
 * Rendered feeds, one per {@link FeedRequest}, kept until an ingest changes the data (a poll
 * costs a hash lookup) or {@code rusty-events.feeds.max-age} passes; see {@link DataVersionCache}.
 */
@ApplicationScoped
public class FeedCache {

    private static final Logger LOG = Logger.getLogger(FeedCache.class);

    private final FeedRenderer renderer;
    private final DataVersionCache<FeedRequest, RenderedFeed> cache;

    public FeedCache(FeedRenderer renderer, FeedConfig config) {
        this.renderer = renderer;
        this.cache = new DataVersionCache<>(config.cacheSize(), config.maxAge());
    }

    /**
     * @param request which feed
     * @return its rendering: at once when cached, else rendered on a worker thread (the
     *         database is blocking); completes exceptionally when rendering fails, which is not
     *         cached
     */
    CompletableFuture<RenderedFeed> get(FeedRequest request) {
        return cache.get(request, () -> renderer.render(request));
    }

    /** Drops every rendering once an ingest that changed events has committed. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventsChanged change) {
        cache.clear();
        LOG.debugf("issue %d changed events: feed cache cleared", change.issue());
    }
}
