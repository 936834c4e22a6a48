package dev.rustyevents.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** A database of its own holding {@link ApiHistory}'s issues from 2024 to 2026, for the API's history and directory tests. */
public class ApiHistoryProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:h2:mem:rusty-api-history;DB_CLOSE_DELAY=-1",
                "rusty-events.feeds.public-url", "https://rusty-events.example");
    }
}
