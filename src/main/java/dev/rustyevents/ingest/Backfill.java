package dev.rustyevents.ingest;

import dev.rustyevents.config.BackfillConfig;
import dev.rustyevents.scrape.ArchiveReader;
import dev.rustyevents.scrape.FetchException;
import dev.rustyevents.scrape.FetchValidators;
import dev.rustyevents.scrape.Fetched;
import dev.rustyevents.scrape.IssueRef;
import dev.rustyevents.scrape.SavedPage;
import dev.rustyevents.scrape.TwirFetcher;
import dev.rustyevents.scrape.TwirSite;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.jsoup.Jsoup;

/**
 * Reads every TWiR issue: crawls the archive page and ingests each issue oldest first, one request
 * at a time with {@code rusty-events.backfill.delay} between requests. Resumable: the run's
 * progress is stored after each issue, and an unfinished run continues after the last issue it
 * completed. Unchanged pages cost nothing (the ingest skips a known content hash). The same ingest
 * reads a directory of saved pages ({@link #importDirectory}).
 */
@ApplicationScoped
public class Backfill {

    private static final Logger LOG = Logger.getLogger(Backfill.class);
    private static final int LOG_EVERY = 25;

    private final TwirSite site;
    private final TwirFetcher fetcher;
    private final IngestService ingest;
    private final IssueReader reader;
    private final IngestLock lock;
    private final EntityManager em;
    private final BackfillConfig config;
    private final ManagedExecutor executor;
    private final PlaceRefresh places;

    public Backfill(
            TwirSite site,
            TwirFetcher fetcher,
            IngestService ingest,
            IssueReader reader,
            IngestLock lock,
            EntityManager em,
            BackfillConfig config,
            ManagedExecutor executor,
            PlaceRefresh places) {
        this.site = site;
        this.fetcher = fetcher;
        this.ingest = ingest;
        this.reader = reader;
        this.lock = lock;
        this.em = em;
        this.config = config;
        this.executor = executor;
        this.places = places;
    }

    void onStart(@Observes StartupEvent start) {
        if (config.onStart()) {
            LOG.infof("backfill-on-start: crawling %s in the background", site.root());
            executor.runAsync(this::run);
        }
    }

    /** Progress of a backfill: what {@link #run} did. */
    public record Progress(int total, int done, int failed, int resumedAfter, boolean ran) {}

    /**
     * Crawls the archive and ingests every issue not yet done by the current run.
     *
     * @return the run's progress; {@code ran} false when another ingest was in progress or the
     *     archive could not be had (logged)
     */
    public Progress run() {
        if (!lock.tryAcquire()) {
            LOG.info("backfill skipped: another ingest is in progress");
            return new Progress(0, 0, 0, 0, false);
        }
        try {
            List<IssueRef> issues;
            try {
                Fetched archive =
                        fetcher.fetch(site.toFetch("blog/archives/"), FetchValidators.NONE);
                issues =
                        new ArchiveReader()
                                .read(
                                        new String(archive.body(), StandardCharsets.UTF_8),
                                        site.toCanonical(archive.uri().toString()));
            } catch (FetchException e) {
                LOG.warnf("backfill: archive unusable: %s", e.getMessage());
                return new Progress(0, 0, 0, 0, false);
            }
            BackfillRun run = current(issues.size());
            int resumedAfter = run.lastIssue;
            if (resumedAfter > 0) {
                LOG.infof(
                        "backfill: resuming after issue %d (%d done, %d failed)",
                        resumedAfter, run.issuesDone, run.issuesFailed);
            }
            List<IssueRef> todo = issues.stream().filter(i -> i.number() > resumedAfter).toList();
            BackfillRun now = run;
            for (IssueRef issue : todo) {
                if (lock.stopRequested()) {
                    LOG.infof(
                            "backfill: stopping for shutdown after issue %d; the next run resumes there",
                            now.lastIssue);
                    return new Progress(
                            now.issuesTotal, now.issuesDone, now.issuesFailed, resumedAfter, true);
                }
                now = progress(run.id, issue.number(), reader.read(issue, null).isPresent());
                if ((now.issuesDone + now.issuesFailed) % LOG_EVERY == 0) {
                    LOG.infof(
                            "backfill: %d of %d issues, %d failed, at issue %d",
                            now.issuesDone, issues.size(), now.issuesFailed, issue.number());
                }
                pause();
            }
            BackfillRun done = finish(run.id);
            LOG.infof("backfill: places resolved again, %d events changed", places.refresh());
            LOG.infof(
                    "backfill: finished, %d of %d issues read, %d failed",
                    done.issuesDone, done.issuesTotal, done.issuesFailed);
            return new Progress(
                    done.issuesTotal, done.issuesDone, done.issuesFailed, resumedAfter, true);
        } finally {
            lock.release();
        }
    }

    /**
     * Offline import: ingests the saved pages ({@code *.html}) and plain-text copies ({@code
     * *.txt}) of a directory through the same ingest, oldest issue first. Files that do not say
     * which issue they are are skipped and logged.
     *
     * @param dir the directory
     * @return reports of the files read, in issue order
     * @throws IOException when the directory cannot be listed
     */
    public List<IngestReport> importDirectory(Path dir) throws IOException {
        if (!lock.tryAcquire()) {
            throw new IllegalStateException("another ingest is in progress");
        }
        try (Stream<Path> files = Files.list(dir)) {
            Map<Integer, Map.Entry<IssueRef, Runnable>> byIssue = new TreeMap<>();
            List<IngestReport> reports = new ArrayList<>();
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                String content = Files.readString(file, StandardCharsets.UTF_8);
                String canonical = site.toCanonical(site.root().toString());
                if (name.endsWith(".html") || name.endsWith(".htm")) {
                    SavedPage.issueOf(Jsoup.parse(content), canonical)
                            .ifPresentOrElse(
                                    ref ->
                                            byIssue.put(
                                                    ref.number(),
                                                    Map.entry(
                                                            ref,
                                                            () ->
                                                                    reports.add(
                                                                            ingest.ingest(
                                                                                    ref,
                                                                                    content)))),
                                    () ->
                                            LOG.infof(
                                                    "import: %s does not say which issue it is; skipped",
                                                    file));
                } else if (name.endsWith(".txt")) {
                    SavedPage.issueOfText(content, canonical)
                            .ifPresentOrElse(
                                    ref ->
                                            byIssue.put(
                                                    ref.number(),
                                                    Map.entry(
                                                            ref,
                                                            () ->
                                                                    reports.add(
                                                                            ingest.ingestText(
                                                                                    ref,
                                                                                    content)))),
                                    () ->
                                            LOG.infof(
                                                    "import: %s does not say which issue it is; skipped",
                                                    file));
                }
            }
            byIssue.values().forEach(entry -> entry.getValue().run());
            LOG.infof("import: places resolved again, %d events changed", places.refresh());
            LOG.infof("import: %d issues read from %s", reports.size(), dir);
            return reports;
        } finally {
            lock.release();
        }
    }

    private BackfillRun current(int total) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            BackfillRun run =
                                    em.createQuery(
                                                    "from BackfillRun where finishedAt is null order by id desc",
                                                    BackfillRun.class)
                                            .setMaxResults(1)
                                            .getResultStream()
                                            .findFirst()
                                            .orElseGet(
                                                    () -> {
                                                        BackfillRun fresh = new BackfillRun();
                                                        fresh.startedAt = Instant.now();
                                                        em.persist(fresh);
                                                        return fresh;
                                                    });
                            run.issuesTotal = total;
                            return run;
                        });
    }

    private BackfillRun progress(long runId, int issue, boolean ok) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            BackfillRun run = em.find(BackfillRun.class, runId);
                            run.lastIssue = issue;
                            if (ok) {
                                run.issuesDone++;
                            } else {
                                run.issuesFailed++;
                            }
                            return run;
                        });
    }

    private BackfillRun finish(long runId) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            BackfillRun run = em.find(BackfillRun.class, runId);
                            run.finishedAt = Instant.now();
                            return run;
                        });
    }

    private void pause() {
        try {
            Thread.sleep(config.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
