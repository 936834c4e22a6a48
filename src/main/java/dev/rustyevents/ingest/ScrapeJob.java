package dev.rustyevents.ingest;

import dev.rustyevents.config.BackfillConfig;
import dev.rustyevents.config.ScrapeConfig;
import dev.rustyevents.event.Columns;
import dev.rustyevents.event.IssueRepository;
import dev.rustyevents.event.IssueStatus;
import dev.rustyevents.scrape.FeedItem;
import dev.rustyevents.scrape.FeedReader;
import dev.rustyevents.scrape.FetchException;
import dev.rustyevents.scrape.FetchValidators;
import dev.rustyevents.scrape.Fetched;
import dev.rustyevents.scrape.TwirFetcher;
import dev.rustyevents.scrape.TwirSite;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Scrapes TWiR's feed: at start-up when the database holds no issue yet, then every {@code
 * rusty-events.scrape.every}. Runs never overlap, in this process or across replicas sharing a
 * PostgreSQL database ({@link IngestLock}). Each replica ticks on its own schedule; a tick scrapes
 * only when no scrape, in any replica, started less than three quarters of an interval ago ({@link
 * ScrapeState}), so replicas share one scrape per interval. The feed carries the newest issues in
 * full; an item without content is fetched from its page. Each issue is ingested in its own
 * transaction, oldest first; at shutdown a run stops after the issue in hand. A run fails when the
 * feed cannot be had, went back to older issues than those stored, or an issue failed or looked
 * anomalous: it is counted ({@link IngestMetrics}) and its reason is stored for readiness ({@link
 * ScrapeReadiness}); no stored event changes.
 */
@ApplicationScoped
public class ScrapeJob {

    private static final Logger LOG = Logger.getLogger(ScrapeJob.class);

    private final TwirSite site;
    private final TwirFetcher fetcher;
    private final IssueReader reader;
    private final IssueRepository issues;
    private final EntityManager em;
    private final ScrapeConfig config;
    private final BackfillConfig backfill;
    private final ManagedExecutor executor;
    private final IngestLock lock;
    private final IngestMetrics metrics;
    private final Duration minimumGap;
    private final FeedReader feeds = new FeedReader();

    public ScrapeJob(
            TwirSite site,
            TwirFetcher fetcher,
            IssueReader reader,
            IssueRepository issues,
            EntityManager em,
            ScrapeConfig config,
            BackfillConfig backfill,
            ManagedExecutor executor,
            IngestLock lock,
            IngestMetrics metrics) {
        this.site = site;
        this.fetcher = fetcher;
        this.reader = reader;
        this.issues = issues;
        this.em = em;
        this.config = config;
        this.backfill = backfill;
        this.executor = executor;
        this.lock = lock;
        this.metrics = metrics;
        this.minimumGap = config.interval().multipliedBy(3).dividedBy(4);
    }

    void onStart(@Observes StartupEvent start) {
        if (config.onStart()
                && !backfill.onStart()
                && QuarkusTransaction.requiringNew().call(issues::count) == 0) {
            LOG.infof("empty database: scraping %s in the background", site.root());
            executor.runAsync(() -> run(true));
        }
    }

    @Scheduled(
            identity = "scrape-feed",
            every = "${rusty-events.scrape.every}",
            delayed = "${rusty-events.scrape.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run(true);
    }

    /**
     * Reads the feed (RSS, else Atom) and ingests its issues, now (an operator's or a test's run:
     * not held back by a recent scrape). Failures are logged and recorded on the issue; they never
     * change stored events.
     *
     * @return one report per issue read; empty when the feed was unchanged (HTTP 304), could not be
     *     had, or another run was in progress
     */
    public List<IngestReport> scrape() {
        return run(false);
    }

    /**
     * @param tick a scheduled (or start-up) run, which skips when a scrape started less than three
     *     quarters of an interval ago in any replica
     */
    private List<IngestReport> run(boolean tick) {
        if (!lock.tryAcquire()) {
            LOG.info("scrape skipped: another ingest is in progress (in this or another replica)");
            if (tick) {
                metrics.skippedBusy();
            }
            return List.of();
        }
        try {
            Optional<Instant> recent = QuarkusTransaction.requiringNew().call(() -> start(tick));
            if (recent.isPresent()) {
                LOG.infof(
                        "scrape skipped: a scrape started at %s, less than %ds ago",
                        recent.get(), minimumGap.toSeconds());
                metrics.skippedRecent();
                return List.of();
            }
            metrics.scrapeRan();
            LOG.infof("scrape: reading the feed of %s", site.root());
            List<String> unusable = new ArrayList<>();
            Optional<Feed> feed =
                    readFeed(site.rssFeed(), unusable)
                            .or(() -> readFeed(site.atomFeed(), unusable));
            if (feed.isEmpty()) {
                failed(String.join("; ", unusable));
                return List.of();
            }
            Optional<String> wentBack = wentBack(feed.get());
            if (wentBack.isPresent()) {
                failed(wentBack.get());
                return List.of();
            }
            List<IngestReport> reports = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (FeedItem item : feed.get().items()) {
                if (lock.stopRequested()) {
                    LOG.info("scrape: stopping for shutdown; the next scrape reads the rest");
                    problems.add("stopped for shutdown before issue " + item.issue().number());
                    break;
                }
                int number = item.issue().number();
                Optional<IngestReport> report = reader.read(item.issue(), item.html());
                report.ifPresentOrElse(
                        reports::add,
                        () -> problems.add("issue " + number + " failed: " + detail(number)));
                if (report.filter(r -> r.status() == IssueStatus.ANOMALOUS).isPresent()) {
                    // Read but not believed (an error page served with 200, an emptied events
                    // section): the source is failing even though the fetch succeeded.
                    problems.add("issue " + number + " anomalous: " + detail(number));
                }
            }
            if (problems.isEmpty()) {
                // Only a fully ingested feed may be skipped next time by a 304.
                remember(feed.get().uri(), feed.get().validators());
            } else {
                failed(String.join("; ", problems));
            }
            return reports;
        } finally {
            lock.release();
        }
    }

    /**
     * Records that a scrape starts, unless it is a tick and one started less than {@link
     * #minimumGap} ago (replicas' clocks are assumed synchronised far better than that).
     *
     * @return when the recent scrape started, if this tick is to skip
     */
    private Optional<Instant> start(boolean tick) {
        ScrapeState state = em.find(ScrapeState.class, ScrapeState.ID);
        Instant now = Instant.now();
        if (tick
                && state.lastStartedAt != null
                && state.lastStartedAt.plus(minimumGap).isAfter(now)) {
            return Optional.of(state.lastStartedAt);
        }
        state.lastStartedAt = now;
        return Optional.empty();
    }

    private record Feed(URI uri, FetchValidators validators, List<FeedItem> items) {}

    /**
     * @param unusable collects why the feed could not be had or read, one sentence each
     * @return the feed, or empty when it could not be had or is not a feed
     */
    private Optional<Feed> readFeed(URI uri, List<String> unusable) {
        FetchValidators previous = validators(uri);
        try {
            Fetched fetched = fetcher.fetch(uri, previous);
            if (fetched.notModified()) {
                LOG.infof("feed %s not modified", uri);
                return Optional.of(new Feed(uri, previous, List.of()));
            }
            List<FeedItem> items = feeds.read(fetched.body(), site.toCanonical(uri.toString()));
            LOG.infof("feed %s: %d issues", uri, items.size());
            return Optional.of(new Feed(uri, fetched.validators(), items));
        } catch (FetchException | FeedReader.FeedException e) {
            LOG.warnf("feed %s unusable: %s", uri, e.getMessage());
            unusable.add("feed unusable: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * A feed whose newest issue is older than the newest issue stored went back in time (a stale
     * cache or mirror answering for the site): TWiR's feed always carries its newest issues, so
     * none of it is read. Older issues are the backfill's to read, from their pages.
     *
     * @return the reason, or empty when the feed carries the newest stored issue or a newer one (or
     *     nothing, or the database holds no issue)
     */
    private Optional<String> wentBack(Feed feed) {
        Optional<Integer> newestInFeed =
                feed.items().stream().map(i -> i.issue().number()).max(Integer::compare);
        Optional<Integer> newestStored =
                QuarkusTransaction.requiringNew().call(issues::newestNumber);
        if (newestInFeed.isPresent()
                && newestStored.isPresent()
                && newestInFeed.get() < newestStored.get()) {
            return Optional.of(
                    "feed "
                            + feed.uri()
                            + " went back: its newest issue "
                            + newestInFeed.get()
                            + " is older than issue "
                            + newestStored.get()
                            + " already stored; nothing read");
        }
        return Optional.empty();
    }

    /**
     * @return the status detail recorded on an issue (why it failed), or "no detail"
     */
    private String detail(int issue) {
        return QuarkusTransaction.requiringNew()
                .call(() -> issues.findByNumber(issue).map(i -> i.statusDetail))
                .orElse("no detail");
    }

    /**
     * Records a failed scrape for readiness (in the database, for every replica) and metrics.
     *
     * @param reason why, one sentence per problem
     */
    private void failed(String reason) {
        LOG.warnf("scrape failed: %s", reason);
        metrics.scrapeFailed();
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            ScrapeState state = em.find(ScrapeState.class, ScrapeState.ID);
                            state.lastFailureAt = Instant.now();
                            state.lastFailure = Columns.clip(reason, Columns.STATUS_DETAIL);
                        });
    }

    private FetchValidators validators(URI uri) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            FetchState state = em.find(FetchState.class, uri.toString());
                            return state == null
                                    ? FetchValidators.NONE
                                    : new FetchValidators(state.etag, state.lastModified);
                        });
    }

    private void remember(URI uri, FetchValidators validators) {
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            FetchState state = em.find(FetchState.class, uri.toString());
                            boolean fresh = state == null;
                            if (fresh) {
                                state = new FetchState();
                                state.url = uri.toString();
                            }
                            state.etag = validators.etag();
                            state.lastModified = validators.lastModified();
                            state.fetchedAt = Instant.now();
                            if (fresh) {
                                em.persist(state);
                            }
                            em.find(ScrapeState.class, ScrapeState.ID).lastSuccessAt =
                                    state.fetchedAt;
                        });
    }
}
