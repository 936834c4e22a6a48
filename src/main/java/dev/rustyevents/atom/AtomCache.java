package dev.rustyevents.atom;

import dev.rustyevents.cluster.DataVersionChanged;
import dev.rustyevents.config.FeedConfig;
import dev.rustyevents.http.DataVersionCache;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.CompletableFuture;

/**
 * Rendered Atom feeds, one per {@link AtomRequest}, kept until the data changes ({@link
 * DataVersionChanged}, in any replica) or {@code rusty-events.feeds.max-age} passes; see {@link
 * DataVersionCache}. Its metrics carry {@code cache="atom"}.
 */
@ApplicationScoped
public class AtomCache {

    private final AtomRenderer renderer;
    private final DataVersionCache<AtomRequest, RenderedAtom> cache;

    public AtomCache(AtomRenderer renderer, FeedConfig config, MeterRegistry registry) {
        this.renderer = renderer;
        this.cache = new DataVersionCache<>("atom", config.cacheSize(), config.maxAge(), registry);
    }

    /**
     * @return the rendering: at once when cached, else rendered on a worker thread; completes
     *     exceptionally when rendering fails, which is not cached
     */
    CompletableFuture<RenderedAtom> get(AtomRequest request) {
        return cache.get(request, () -> renderer.render(request));
    }

    /** Drops every rendering once the data changed. */
    void onChange(@Observes DataVersionChanged change) {
        cache.clear();
    }
}
