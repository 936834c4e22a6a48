package dev.rustyevents.cluster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rustyevents.support.FixtureSite;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What lets replicas share a database, seen from one (H2): another replica's change reaches this
 * one's caches through the data version; readiness reports the scrape; metrics count it.
 */
@QuarkusTest
class ReplicaSupportTest {

    private static final String EVENTS = "/api/events?from=2000-01-01&size=200";
    private static final String FEED = "/calendar.ics?from=2000-01-01";

    @Inject DataVersion version;

    @Inject EntityManager em;

    @Inject Event<DataWritten> changes;

    @BeforeEach
    void load() {
        FixtureSite.load();
    }

    @Test
    void shouldServeAnotherReplicasChangeOnceTheDataVersionMoved() {
        String eventsBefore = etag(EVENTS);
        String feedBefore = etag(FEED);
        String uid =
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        (String)
                                                em.createNativeQuery(
                                                                "SELECT uid FROM event ORDER BY id FETCH FIRST 1 ROWS ONLY")
                                                        .getSingleResult());
        try {
            // Another replica hides an event: the row and the version change, this replica is not
            // told.
            changeAsAnotherReplica("UPDATE event SET hidden = TRUE WHERE uid = '" + uid + "'");
            assertEquals(eventsBefore, etag(EVENTS), "cached until the version is read");
            version.check();
            assertNotEquals(eventsBefore, etag(EVENTS));
            assertNotEquals(feedBefore, etag(FEED));
        } finally {
            changeAsAnotherReplica("UPDATE event SET hidden = FALSE WHERE uid = '" + uid + "'");
            version.check();
        }
        assertEquals(eventsBefore, etag(EVENTS), "the same data, the same bytes");
        assertEquals(feedBefore, etag(FEED));
    }

    @Test
    void shouldRaiseTheDataVersionInTheTransactionThatChangesEvents() {
        long before = stored();
        QuarkusTransaction.requiringNew().run(() -> changes.fire(new DataWritten(665)));
        assertEquals(before + 1, stored());
        assertThrows(
                QuarkusTransactionException.class,
                () ->
                        QuarkusTransaction.requiringNew()
                                .run(
                                        () -> {
                                            changes.fire(new DataWritten(665));
                                            QuarkusTransaction.setRollbackOnly();
                                        }));
        assertEquals(before + 1, stored(), "rolled back with the change");
    }

    @Test
    void shouldReportTheLastScrapeInReadiness() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", hasItem("scrape"))
                .body("checks.find { it.name == 'scrape' }.data.lastSuccess", notNullValue())
                .body("checks.find { it.name == 'scrape' }.data.stale", is(false));
    }

    @Test
    void shouldCountScrapesAndCacheHitsInMetrics() {
        etag(EVENTS);
        etag(EVENTS);
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("rusty_events_scrape_runs_total"))
                .body(containsString("rusty_events_listings_parsed_total"))
                .body(containsString("rusty_events_cache_gets_total{cache=\"api\",result=\"hit\"}"))
                .body(containsString("http_server_requests_seconds_count"));
    }

    private long stored() {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                ((Number)
                                                em.createNativeQuery(
                                                                "SELECT version FROM data_version")
                                                        .getSingleResult())
                                        .longValue());
    }

    private void changeAsAnotherReplica(String sql) {
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            em.createNativeQuery(sql).executeUpdate();
                            em.createNativeQuery("UPDATE data_version SET version = version + 1")
                                    .executeUpdate();
                        });
    }

    private static String etag(String path) {
        return given().get(path).then().statusCode(200).extract().header("ETag");
    }
}
