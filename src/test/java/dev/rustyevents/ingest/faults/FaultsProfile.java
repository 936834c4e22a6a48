package dev.rustyevents.ingest.faults;

import dev.rustyevents.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The fault tests' application: TWiR is {@link TwirStandIn}; fetching gives up fast (a 1 s read
 * timeout, two attempts 10 ms apart) so a scenario costs seconds; a database of its own, which each
 * test empties first (shared with the other profiles that empty theirs).
 */
public class FaultsProfile implements QuarkusTestProfile {

    /** The read timeout, which the timeout scenario's delay exceeds. */
    static final int READ_TIMEOUT_MS = 1000;

    /** Attempts per request, which the 500 scenario counts. */
    static final int ATTEMPTS = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url",
                TestDatabase.url("rusty_change_tracking"),
                "rusty-events.fetch.connect-timeout",
                "1s",
                "rusty-events.fetch.read-timeout",
                READ_TIMEOUT_MS + "ms",
                "rusty-events.fetch.attempts",
                String.valueOf(ATTEMPTS),
                "rusty-events.fetch.backoff",
                "10ms");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(TwirStandIn.class));
    }
}
