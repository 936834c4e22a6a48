package dev.rustyevents.ingest;

import dev.rustyevents.place.Gazetteer;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * What resolving places costs, on {@code /q/metrics} (Prometheus names in brackets): the resolver's
 * time per listing the ingest reads ({@code rusty_events_places_resolve_seconds_count} and {@code
 * _sum}, {@code pass="listing"}: one count per in-person or hybrid listing), the whole pass that
 * resolves every stored event again after a backfill, an import or a new gazetteer ({@code
 * pass="refresh"}: one count per pass, its time including reading and writing the events), and how
 * long loading the gazetteer took ({@code rusty_events_places_gazetteer_load_seconds}; NaN until a
 * place is first looked up). Neither pass includes the gazetteer's load. Times are wall clock, this
 * replica's, since it started.
 */
@ApplicationScoped
@Startup
public class PlaceMetrics {

    /** The resolver's time on the listings the ingest reads ({@link ListingPlaces#resolve}). */
    static final Timing LISTING = new Timing();

    /** {@link PlaceRefresh#refresh()}'s passes. */
    static final Timing REFRESH = new Timing();

    public PlaceMetrics(MeterRegistry registry) {
        timer(registry, "listing", LISTING);
        timer(registry, "refresh", REFRESH);
        TimeGauge.builder(
                        "rusty_events.places.gazetteer.load",
                        Gazetteer.class,
                        TimeUnit.NANOSECONDS,
                        c -> {
                            var nanos = Gazetteer.standardLoadNanos();
                            return nanos.isPresent() ? nanos.getAsLong() : Double.NaN;
                        })
                .description(
                        "How long loading the gazetteer took (NaN: not loaded yet; 0: built into the native executable)")
                .register(registry);
    }

    private static void timer(MeterRegistry registry, String pass, Timing timing) {
        FunctionTimer.builder(
                        "rusty_events.places.resolve",
                        timing,
                        Timing::count,
                        Timing::nanos,
                        TimeUnit.NANOSECONDS)
                .tag("pass", pass)
                .description("Time spent resolving places (without loading the gazetteer)")
                .register(registry);
    }

    /** A count and a total time, added to from any thread. */
    static final class Timing {
        private final LongAdder count = new LongAdder();
        private final LongAdder nanos = new LongAdder();

        /** Adds one timed call that started at {@code startNanos} ({@link System#nanoTime()}). */
        void since(long startNanos) {
            nanos.add(System.nanoTime() - startNanos);
            count.increment();
        }

        long count() {
            return count.sum();
        }

        double nanos() {
            return nanos.sum();
        }
    }
}
