package dev.rustyevents.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A database of its own holding {@link ApiHistory}'s issues from 2024 to 2026, for the API's
 * history and directory tests.
 */
public class ApiHistoryProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url",
                TestDatabase.url("rusty_api_history"),
                "rusty-events.feeds.public-url",
                "https://rusty-events.example");
    }
}
