package dev.rustyevents.http;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Names the rendered-answer caches' metrics like the service's own: Micrometer's Caffeine binder
 * publishes {@code cache.gets}, {@code cache.puts}, {@code cache.evictions}, {@code cache.size}; on
 * {@code /q/metrics} they read {@code
 * rusty_events_cache_gets_total{cache="feeds|api",result="hit|miss"}} and so on. Every {@code
 * cache.*} meter of this service is a {@link DataVersionCache}'s.
 */
public class CacheMetricsNaming {

    /**
     * @return the filter that prefixes {@code cache.*} meters with {@code rusty_events.}
     */
    @Produces
    @Singleton
    MeterFilter prefixCacheMeters() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                return id.getName().startsWith("cache.")
                        ? id.withName("rusty_events." + id.getName())
                        : id;
            }
        };
    }
}
