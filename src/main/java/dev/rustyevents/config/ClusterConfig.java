package dev.rustyevents.config;

import io.quarkus.arc.Unremovable;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Replicas sharing one database ({@code rusty-events.cluster.*}; each key also as an environment
 * variable, e.g. {@code RUSTY_EVENTS_CLUSTER_VERSION_CHECK}). {@code cluster} imports no other
 * package, so it reads the key through its schedule's expression; this mapping documents and
 * validates it. Nothing injects it, so it is {@link Unremovable}: Quarkus registers a mapping
 * without an injection point only then, and {@link BackfillConfig}'s root prefix makes every {@code
 * rusty-events.*} key that no registered mapping holds fail the start.
 */
@Unremovable
@ConfigMapping(prefix = "rusty-events.cluster")
public interface ClusterConfig {

    /**
     * How often this replica reads the data version (Quarkus scheduler syntax; default {@code
     * 10s}), dropping its rendered answers when another replica changed the data; read as {@code
     * ${rusty-events.cluster.version-check}} by {@code cluster.DataVersion}'s schedule.
     */
    @WithName("version-check")
    @WithDefault("10s")
    String versionCheck();
}
