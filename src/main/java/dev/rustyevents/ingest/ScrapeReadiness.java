package dev.rustyevents.ingest;

import dev.rustyevents.cluster.DataVersion;
import dev.rustyevents.config.ScrapeConfig;
import dev.rustyevents.event.IssueStatus;
import dev.rustyevents.event.TwirIssue;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
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
 *
 * <p>Format drift ({@link FormatDrift}): when the newest issue read was held back because its
 * entries are in a form no era reads, {@code formatDrift} is true, {@code formatDriftIssue} names
 * the issue, {@code formatDriftDetail} says the shares and {@code formatDriftLines} gives its first
 * {@value #DRIFT_LINES} unreadable lines, each cut to {@value #DRIFT_LINE_CHARS} characters, joined
 * by {@code " | "}. It too keeps the replica ready: the drifted issue changed no stored event, so
 * what the replica serves is as right as before, and every replica reads the same page the same
 * way, so no other replica would do better; what it needs is a person to teach the parser the new
 * format. A normal next issue clears it.
 */
@Readiness
@ApplicationScoped
public class ScrapeReadiness implements HealthCheck {

    private final EntityManager em;
    private final Duration staleAfter;
    private final DataVersion version;
    private final Instant started = Instant.now();

    /** Unreadable lines readiness shows of a drifted issue. */
    static final int DRIFT_LINES = 3;

    /** Characters of each unreadable line readiness shows. */
    static final int DRIFT_LINE_CHARS = 120;

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
        TwirIssue newest;
        List<String> unreadable;
        try {
            state =
                    QuarkusTransaction.requiringNew()
                            .call(() -> em.find(ScrapeState.class, ScrapeState.ID));
            newest =
                    QuarkusTransaction.requiringNew()
                            .call(
                                    () ->
                                            em.createQuery(
                                                            "from TwirIssue order by number desc",
                                                            TwirIssue.class)
                                                    .setMaxResults(1)
                                                    .getResultStream()
                                                    .findFirst()
                                                    .orElse(null));
            unreadable =
                    drifted(newest)
                            ? QuarkusTransaction.requiringNew()
                                    .call(
                                            () ->
                                                    em.createQuery(
                                                                    "select l.raw from StoredListing l"
                                                                            + " where l.issue = :issue"
                                                                            + " and l.problem is not null"
                                                                            + " and l.raw <> ''"
                                                                            + " order by l.ordinal",
                                                                    String.class)
                                                            .setParameter("issue", newest)
                                                            .setMaxResults(DRIFT_LINES)
                                                            .getResultList())
                            : List.of();
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
        boolean drift = drifted(newest);
        response.withData("formatDrift", drift);
        if (drift) {
            response.withData("formatDriftIssue", newest.number)
                    .withData("formatDriftDetail", newest.statusDetail)
                    .withData(
                            "formatDriftLines",
                            unreadable.stream()
                                    .map(ScrapeReadiness::cut)
                                    .collect(Collectors.joining(" | ")));
        }
        return response.build();
    }

    private static boolean drifted(TwirIssue issue) {
        return issue != null
                && issue.status == IssueStatus.ANOMALOUS
                && issue.statusDetail != null
                && issue.statusDetail.startsWith(FormatDrift.PREFIX);
    }

    private static String cut(String line) {
        String one = line.strip().replaceAll("\\s+", " ");
        return one.length() <= DRIFT_LINE_CHARS
                ? one
                : one.substring(0, DRIFT_LINE_CHARS - 1) + "…";
    }
}
