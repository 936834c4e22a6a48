package dev.rustyevents.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A database of its own, for tests that ingest issues in an order of their choosing. */
public class EmptyDatabaseProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", TestDatabase.url("rusty_change_tracking"));
    }
}
