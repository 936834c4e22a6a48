package dev.rustyevents.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A database of its own holding {@link ApiHistory}'s issues from 2024 to 2026, for the API's
 * history and directory tests, the pages' tests and the link checks. No {@code
 * rusty-events.feeds.public-url}: links are built on each request's own origin ({@link
 * TestOrigin}). Proxy forwarding is on, both {@code Forwarded} (RFC 7239) and {@code
 * X-Forwarded-*}, so {@code LinksTest} can play a reverse proxy; requests without those headers are
 * unaffected.
 */
public class ApiHistoryProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url",
                TestDatabase.url("rusty_api_history"),
                "quarkus.http.proxy.proxy-address-forwarding",
                "true",
                "quarkus.http.proxy.allow-forwarded",
                "true",
                "quarkus.http.proxy.allow-x-forwarded",
                "true",
                "quarkus.http.proxy.enable-forwarded-host",
                "true");
    }
}
