package dev.rustyevents.http;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Representations made once per data version: kept until the data changes ({@link #clear()}, called
 * when an ingest commits) or {@code maxAge} passes, whichever is first. Caffeine (bounded, least
 * recently used evicted) rather than a map, because keys come from URLs and their number is the
 * callers' choice. Concurrent misses for one key share one rendering, made on a worker thread (the
 * database is blocking) so that hits can be served on the event loop.
 *
 * <p>Each replica holds its own; one whose data another replica changed drops it when it sees the
 * data version move ({@code cluster.DataVersion}, every {@code
 * rusty-events.cluster.version-check}). Hits, misses, evictions and size are on {@code /q/metrics}
 * as {@code rusty_events_cache_gets_total{cache="…",result="hit|miss"}} and its siblings
 * (Micrometer's Caffeine binder, renamed by {@link CacheMetricsNaming}).
 *
 * @param <K> the key: a value type (record) holding everything the representation depends on,
 *     including the day when defaults depend on "today"
 * @param <V> the representation
 */
public final class DataVersionCache<K, V> {

    private final AsyncCache<K, V> cache;

    /**
     * @param name the cache's name in metrics ({@code cache} tag)
     * @param maximumSize entries kept
     * @param maxAge longest an entry is kept
     * @param registry where its statistics are published
     */
    public DataVersionCache(String name, int maximumSize, Duration maxAge, MeterRegistry registry) {
        this.cache =
                CaffeineCacheMetrics.monitor(
                        registry,
                        Caffeine.newBuilder()
                                .maximumSize(maximumSize)
                                .expireAfterWrite(maxAge)
                                .recordStats()
                                .buildAsync(),
                        name);
    }

    /**
     * @param key what is asked for
     * @param render makes the representation; blocking allowed. When it throws, the future
     *     completes exceptionally and nothing is cached
     * @return the representation: at once when cached
     */
    public CompletableFuture<V> get(K key, Supplier<V> render) {
        return cache.get(
                key,
                (k, executor) ->
                        CompletableFuture.supplyAsync(
                                render, Infrastructure.getDefaultWorkerPool()));
    }

    /** Drops every entry: the data changed. */
    public void clear() {
        cache.synchronous().invalidateAll();
    }
}
