package dev.rustyevents.calendar;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.rustyevents.config.FeedConfig;
import dev.rustyevents.event.EventsChanged;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletableFuture;

/**
 * Rendered feeds, one per {@link FeedRequest}, kept until an ingest changes the data: a poll
 * costs a hash lookup. Caffeine (bounded, least recently used evicted) rather than a map, because
 * filters come from URLs and their number is the callers' choice. Concurrent misses for one
 * feed share one rendering. Each replica holds its own cache, cleared at once by the ingests it
 * runs itself and, for changes another replica made, renewed after {@code rusty-events.feeds.max-age}.
 */
@ApplicationScoped
public class FeedCache {

    private static final Logger LOG = Logger.getLogger(FeedCache.class);

    private final FeedRenderer renderer;
    private final AsyncCache<FeedRequest, RenderedFeed> cache;

    public FeedCache(FeedRenderer renderer, FeedConfig config) {
        this.renderer = renderer;
        // A rendering lives at most max-age: a replica whose data another process changed serves
        // it stale no longer than clients may cache it anyway. A request's key holds its day, so
        // yesterday's renderings age out instead of piling up.
        this.cache = Caffeine.newBuilder()
                .maximumSize(config.cacheSize())
                .expireAfterWrite(config.maxAge())
                .buildAsync();
    }

    /**
     * @param request which feed
     * @return its rendering: at once when cached, else rendered on a worker thread (the
     *         database is blocking); completes exceptionally when rendering fails, which is not
     *         cached
     */
    CompletableFuture<RenderedFeed> get(FeedRequest request) {
        return cache.get(request, (key, executor) ->
                CompletableFuture.supplyAsync(() -> renderer.render(key), Infrastructure.getDefaultWorkerPool()));
    }

    /** Drops every rendering once an ingest that changed events has committed. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventsChanged change) {
        cache.synchronous().invalidateAll();
        LOG.debugf("issue %d changed events: feed cache cleared", change.issue());
    }
}
