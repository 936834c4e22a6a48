package dev.rustyevents.support;

import dev.rustyevents.cluster.DataWritten;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Empties the store for tests that ingest issues in an order of their choosing, children before
 * parents, and tells the feed cache, as an ingest would.
 */
@ApplicationScoped
public class EmptyDatabase {

    @Inject EntityManager em;

    @Inject Event<DataWritten> changes;

    /** Deletes every listing, call for proposals, backfill run, correction, event and issue. */
    @Transactional
    public void empty() {
        for (String entity :
                new String[] {
                    "StoredListing",
                    "CallForProposals",
                    "BackfillRun",
                    "EventCorrection",
                    "Event",
                    "TwirIssue"
                }) {
            em.createQuery("delete from " + entity).executeUpdate();
        }
        changes.fire(new DataWritten(0));
    }
}
