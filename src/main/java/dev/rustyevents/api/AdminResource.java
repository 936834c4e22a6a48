package dev.rustyevents.api;

import dev.rustyevents.config.AdminConfig;
import dev.rustyevents.http.ProblemException;
import dev.rustyevents.ingest.Backfill;
import dev.rustyevents.ingest.IngestLock;
import dev.rustyevents.ingest.IngestReport;
import dev.rustyevents.ingest.IngestService;
import dev.rustyevents.ingest.ScrapeJob;
import dev.rustyevents.scrape.IssueRef;
import dev.rustyevents.scrape.SavedPage;
import dev.rustyevents.scrape.TwirSite;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jsoup.Jsoup;

/**
 * Operator actions, behind {@link AdminAuthFilter}: start a feed scrape or an archive backfill (in
 * the background; progress shows in the log and in {@code /api/issues}), import the configured
 * directory of saved pages, or ingest one page sent in the request. Corrections of events are
 * {@link CorrectionResource}'s.
 */
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final ScrapeJob scrape;
    private final Backfill backfill;
    private final IngestLock lock;
    private final ManagedExecutor executor;
    private final AdminConfig config;
    private final IngestService ingest;
    private final TwirSite site;

    public AdminResource(
            ScrapeJob scrape,
            Backfill backfill,
            IngestLock lock,
            ManagedExecutor executor,
            AdminConfig config,
            IngestService ingest,
            TwirSite site) {
        this.scrape = scrape;
        this.backfill = backfill;
        this.lock = lock;
        this.executor = executor;
        this.config = config;
        this.ingest = ingest;
        this.site = site;
    }

    /**
     * @return 202 with the run started in the background; 409 when an ingest is already running.
     */
    @POST
    @Path("scrape")
    public Response scrape() {
        return start("scrape", scrape::scrape);
    }

    /**
     * @return 202 with the backfill started (or resumed) in the background; 409 when an ingest is
     *     already running.
     */
    @POST
    @Path("backfill")
    public Response backfill() {
        return start("backfill", backfill::run);
    }

    /**
     * @return the reports of the issues read from {@code rusty-events.admin.import-dir}
     * @throws ProblemException 409 when no directory is configured or an ingest is running
     */
    @POST
    @Path("import")
    public List<IngestReport> importConfiguredDirectory() throws IOException {
        java.nio.file.Path dir =
                config.importDir()
                        .orElseThrow(
                                () ->
                                        new ProblemException(
                                                Response.Status.CONFLICT,
                                                null,
                                                "no import directory configured (rusty-events.admin.import-dir)",
                                                null));
        if (lock.isBusy()) {
            throw ProblemException.busy();
        }
        return backfill.importDirectory(dir);
    }

    /**
     * Ingests one saved issue page, as a fetched page is (a page whose content was read before
     * changes nothing).
     *
     * @param html the page's HTML, as saved from the site: its title "This Week in Rust N" and its
     *     {@code <time datetime>} say which issue it is
     * @param url the page's live URL ({@code …/blog/YYYY/MM/DD/this-week-in-rust-N/}), which says
     *     it when the page does not; optional
     * @return what the ingest did
     * @throws ProblemException 400 naming {@code url} when it is not an issue's; 422 when neither
     *     says which issue it is, or they disagree; 409 while another ingest runs
     */
    @POST
    @Path("issues")
    @Consumes(MediaType.TEXT_HTML)
    public IngestReport uploadPage(String html, @QueryParam("url") String url) {
        IssueRef ref = identify(SavedPage.issueOf(Jsoup.parse(html), canonicalRoot()), url);
        return lock.runExclusively(() -> ingest.ingest(ref, html))
                .orElseThrow(ProblemException::busy);
    }

    /**
     * Ingests a plain-text copy of an issue (an aggregator's, such as Planet Mozilla's) as {@code
     * POST /api/admin/import} reads a {@code .txt} file.
     *
     * @param text the copy: its "This Week in Rust N" line and its "Rusty Events between A - B"
     *     line say which issue it is
     * @param url the issue's live URL, which says it when the text does not; optional
     * @return what the ingest did
     * @throws ProblemException as {@link #uploadPage}
     */
    @POST
    @Path("issues")
    @Consumes(MediaType.TEXT_PLAIN)
    public IngestReport uploadText(String text, @QueryParam("url") String url) {
        IssueRef ref = identify(SavedPage.issueOfText(text, canonicalRoot()), url);
        return lock.runExclusively(() -> ingest.ingestText(ref, text))
                .orElseThrow(ProblemException::busy);
    }

    /**
     * The issue the URL names, else the one the page names; 422 when neither does or they disagree.
     */
    private IssueRef identify(Optional<IssueRef> page, String url) {
        Optional<IssueRef> named =
                Optional.ofNullable(url)
                        .filter(u -> !u.isBlank())
                        .map(
                                u ->
                                        Optional.of(site.toCanonical(u.strip()))
                                                .filter(live -> live.startsWith(canonicalRoot()))
                                                .flatMap(live -> IssueRef.of(live, null))
                                                .orElseThrow(
                                                        () ->
                                                                ProblemException.badParameter(
                                                                        "url",
                                                                        "'"
                                                                                + u
                                                                                + "' is not a TWiR issue's URL "
                                                                                + "(https://this-week-in-rust.org/blog/YYYY/MM/DD/this-week-in-rust-N/)")));
        if (named.isPresent() && page.isPresent() && named.get().number() != page.get().number()) {
            throw ProblemException.unprocessable(
                    "url",
                    "the page says it is issue "
                            + page.get().number()
                            + ", the url names issue "
                            + named.get().number());
        }
        if (named.isPresent() && page.isPresent()) {
            return new IssueRef(
                    named.get().number(),
                    named.get().published(),
                    named.get().url(),
                    page.get().title());
        }
        return named.or(() -> page)
                .orElseThrow(
                        () ->
                                ProblemException.unprocessable(
                                        null,
                                        "the page does not say which TWiR issue "
                                                + "it is (a saved page's title \"This Week in Rust N\" and publication time; a text copy's \"This Week in Rust N\" "
                                                + "and \"Rusty Events between\" lines); give its live URL as ?url="));
    }

    private String canonicalRoot() {
        return site.toCanonical(site.root().toString());
    }

    private Response start(String what, Runnable run) {
        if (lock.isBusy()) {
            throw ProblemException.busy();
        }
        executor.runAsync(run);
        return Response.accepted(Map.of("started", what)).build();
    }
}
