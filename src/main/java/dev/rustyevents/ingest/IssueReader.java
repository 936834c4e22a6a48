package dev.rustyevents.ingest;

import dev.rustyevents.scrape.FetchException;
import dev.rustyevents.scrape.FetchValidators;
import dev.rustyevents.scrape.Fetched;
import dev.rustyevents.scrape.IssueRef;
import dev.rustyevents.scrape.TwirFetcher;
import dev.rustyevents.scrape.TwirSite;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Reads one issue into the database, the one way the feed scrape and the backfill both do it: its
 * HTML as given (a feed item's content) or fetched from its page, then ingested. A fetch or ingest
 * that fails is recorded on the issue and changes no event.
 */
@ApplicationScoped
public class IssueReader {

    private static final Logger LOG = Logger.getLogger(IssueReader.class);

    private final TwirSite site;
    private final TwirFetcher fetcher;
    private final IngestService ingest;

    public IssueReader(TwirSite site, TwirFetcher fetcher, IngestService ingest) {
        this.site = site;
        this.fetcher = fetcher;
        this.ingest = ingest;
    }

    /**
     * @param issue the issue
     * @param html its HTML when already at hand, or null to fetch its page under the site root
     * @return what the ingest did; empty when the issue could not be had or read (recorded as
     *     {@code failed} with the reason)
     */
    public Optional<IngestReport> read(IssueRef issue, String html) {
        try {
            String content = html;
            if (content == null) {
                Fetched page = fetcher.fetch(site.toFetch(issue.url()), FetchValidators.NONE);
                content = new String(page.body(), StandardCharsets.UTF_8);
            }
            return Optional.of(ingest.ingest(issue, content));
        } catch (FetchException e) {
            ingest.recordFailure(issue, e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "issue %d: ingest failed, no event changed", issue.number());
            ingest.recordFailure(issue, "ingest failed: " + e);
        }
        return Optional.empty();
    }
}
