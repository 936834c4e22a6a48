package dev.rustyevents.ingest;

import dev.rustyevents.cluster.DataVersion;
import dev.rustyevents.config.ScrapeConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness' report on scraping ({@code /q/health/ready}, check {@code scrape}): when a scrape last
 * read the whole feed, in any replica, how long ago, and whether that is {@code stale} (longer ago
 * than two scrape intervals, or never while the service has run that long); when a scrape last
 * failed and why ({@code lastFailure}, {@code lastFailureReason}), and whether that failure is the
 * latest outcome ({@code failing}: no scrape succeeded since). Stale data and a failing source keep
 * the replica ready: serving last week's events beats serving none, and every replica shares the
 * same database, so taking them out of rotation would not help. Also the data version this replica
 * serves, to compare replicas. The database itself is Quarkus' datasource check; when the database
 * cannot be read, this check is DOWN too.
 */
@Readiness
@ApplicationScoped
public class ScrapeReadiness implements HealthCheck {

    private final EntityManager em;
    private final Duration staleAfter;
    private final DataVersion version;
    private final Instant started = Instant.now();

    public ScrapeReadiness(EntityManager em, ScrapeConfig config, DataVersion version) {
        this.em = em;
        this.staleAfter = config.interval().multipliedBy(2);
        this.version = version;
    }

    /**
     * @return UP with the scrape's times (ISO-8601, UTC), {@code stale}, {@code failing} and the
     *     last failure's reason; DOWN when the database cannot be read
     */
    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("scrape").withData("dataVersion", version.current());
        ScrapeState state;
        try {
            state =
                    QuarkusTransaction.requiringNew()
                            .call(() -> em.find(ScrapeState.class, ScrapeState.ID));
        } catch (RuntimeException e) {
            return response.down().withData("error", String.valueOf(e.getMessage())).build();
        }
        Instant now = Instant.now();
        Instant since = state.lastSuccessAt != null ? state.lastSuccessAt : started;
        boolean stale = Duration.between(since, now).compareTo(staleAfter) > 0;
        response.up()
                .withData("stale", stale)
                .withData("staleAfterSeconds", staleAfter.toSeconds());
        if (state.lastSuccessAt != null) {
            response.withData("lastSuccess", state.lastSuccessAt.toString())
                    .withData("ageSeconds", Duration.between(state.lastSuccessAt, now).toSeconds());
        }
        if (state.lastStartedAt != null) {
            response.withData("lastStarted", state.lastStartedAt.toString());
        }
        boolean failing =
                state.lastFailureAt != null
                        && (state.lastSuccessAt == null
                                || state.lastFailureAt.isAfter(state.lastSuccessAt));
        response.withData("failing", failing);
        if (state.lastFailureAt != null) {
            response.withData("lastFailure", state.lastFailureAt.toString())
                    .withData("lastFailureReason", String.valueOf(state.lastFailure));
        }
        return response.build();
    }
}
