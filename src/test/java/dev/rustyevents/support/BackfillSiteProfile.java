package dev.rustyevents.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A database of its own and a site mirror under {@code target/backfill-site/} that the test lays
 * out from committed real pages; an admin token to exercise the admin endpoints.
 */
public class BackfillSiteProfile implements QuarkusTestProfile {

    public static final String SITE = "target/backfill-site/";
    public static final String TOKEN = "test-admin-token";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url",
                TestDatabase.url("rusty_backfill"),
                "rusty-events.twir.url",
                "file:" + SITE,
                "rusty-events.backfill.delay",
                "0s",
                "rusty-events.admin.token",
                TOKEN,
                // the admin tests of this profile fail on purpose more often than the default
                // allows
                "rusty-events.admin.max-failures",
                "100",
                "rusty-events.admin.import-dir",
                "target/backfill-import");
    }
}
