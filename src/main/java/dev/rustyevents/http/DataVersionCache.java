package dev.rustyevents.http;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Representations made once per data version: kept until the data changes ({@link #clear()},
 * called when an ingest commits) or {@code maxAge} passes, whichever is first. Caffeine (bounded,
 * least recently used evicted) rather than a map, because keys come from URLs and their number is
 * the callers' choice. Concurrent misses for one key share one rendering, made on a worker thread
 * (the database is blocking) so that hits can be served on the event loop.
 *
 * <p>Each replica holds its own; one whose data another replica changed serves it stale at most
 * {@code maxAge}, as long as clients may cache it anyway.
 *
 * @param <K> the key: a value type (record) holding everything the representation depends on,
 *            including the day when defaults depend on "today"
 * @param <V> the representation
 */
public final class DataVersionCache<K, V> {

    private final AsyncCache<K, V> cache;

    /**
     * @param maximumSize entries kept
     * @param maxAge      longest an entry is kept
     */
    public DataVersionCache(int maximumSize, Duration maxAge) {
        this.cache = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(maxAge).buildAsync();
    }

    /**
     * @param key    what is asked for
     * @param render makes the representation; blocking allowed. When it throws, the future
     *               completes exceptionally and nothing is cached
     * @return the representation: at once when cached
     */
    public CompletableFuture<V> get(K key, Supplier<V> render) {
        return cache.get(key, (k, executor) -> CompletableFuture.supplyAsync(render, Infrastructure.getDefaultWorkerPool()));
    }

    /** Drops every entry: the data changed. */
    public void clear() {
        cache.synchronous().invalidateAll();
    }
}
