package dev.rustyevents.api;

import dev.rustyevents.config.TwirConfig;
import dev.rustyevents.ingest.Backfill;
import dev.rustyevents.ingest.IngestLock;
import dev.rustyevents.ingest.IngestReport;
import dev.rustyevents.ingest.ScrapeJob;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.context.ManagedExecutor;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Operator actions, behind {@link AdminAuthFilter}: start a feed scrape or an archive backfill
 * (in the background; progress shows in the log and in {@code /api/issues}), and import the
 * configured directory of saved pages.
 */
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final ScrapeJob scrape;
    private final Backfill backfill;
    private final IngestLock lock;
    private final ManagedExecutor executor;
    private final TwirConfig config;

    public AdminResource(ScrapeJob scrape, Backfill backfill, IngestLock lock, ManagedExecutor executor, TwirConfig config) {
        this.scrape = scrape;
        this.backfill = backfill;
        this.lock = lock;
        this.executor = executor;
        this.config = config;
    }

    /** @return 202 with the run started in the background; 409 when an ingest is already running. */
    @POST
    @Path("scrape")
    public Response scrape() {
        return start("scrape", scrape::scrape);
    }

    /** @return 202 with the backfill started (or resumed) in the background; 409 when an ingest is already running. */
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
        java.nio.file.Path dir = config.admin().importDir().orElseThrow(() -> new ProblemException(Response.Status.CONFLICT, null,
                "no import directory configured (rusty-events.admin.import-dir)", null));
        if (lock.isBusy()) {
            throw new ProblemException(Response.Status.CONFLICT, null, "another ingest is in progress", null);
        }
        return backfill.importDirectory(dir);
    }

    private Response start(String what, Runnable run) {
        if (lock.isBusy()) {
            throw new ProblemException(Response.Status.CONFLICT, null, "another ingest is in progress", null);
        }
        executor.runAsync(run);
        return Response.accepted(Map.of("started", what)).build();
    }
}
