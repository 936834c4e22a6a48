package dev.rustyevents.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Queries on ingested TWiR issues and their listings (provenance). */
@ApplicationScoped
public class IssueRepository implements PanacheRepositoryBase<TwirIssue, Long> {

    @Inject ListingRepository listings;

    /**
     * @return the issue with this number.
     */
    public Optional<TwirIssue> findByNumber(int number) {
        return find("number", number).firstResultOptional();
    }

    /**
     * @param number an issue number
     * @return the issue with the highest number below it whose events were read (status {@code
     *     ingested}), the one a new issue is compared with
     */
    public Optional<TwirIssue> previousIngested(int number) {
        return find(
                        "number < ?1 and status = ?2",
                        Sort.descending("number"),
                        number,
                        IssueStatus.INGESTED)
                .firstResultOptional();
    }

    /**
     * @param number an issue number
     * @return the issue with the highest number below it whose events section was read, applied or
     *     found anomalous: the baseline an anomalous drop is measured against
     */
    public Optional<TwirIssue> previousRead(int number) {
        return find(
                        "number < ?1 and status in ?2",
                        Sort.descending("number"),
                        number,
                        List.of(IssueStatus.INGESTED, IssueStatus.ANOMALOUS))
                .firstResultOptional();
    }

    /**
     * @return whether an issue numbered above this one has had its events read.
     */
    public boolean hasNewerIngested(int number) {
        return count("number > ?1 and status = ?2", number, IssueStatus.INGESTED) > 0;
    }

    /**
     * @param numbers issue numbers
     * @return issue number → the issue's canonical URL, for the issues that are stored
     */
    public java.util.Map<Integer, String> urlsOf(java.util.Collection<Integer> numbers) {
        if (numbers.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Integer, String> urls = new java.util.HashMap<>();
        for (TwirIssue issue : list("number in ?1", numbers)) {
            if (issue.url != null) {
                urls.put(issue.number, issue.url);
            }
        }
        return urls;
    }

    /**
     * @return the highest issue number stored, whatever its status; empty when none is.
     */
    public Optional<Integer> newestNumber() {
        return Optional.ofNullable(
                getEntityManager()
                        .createQuery("select max(i.number) from TwirIssue i", Integer.class)
                        .getSingleResult());
    }

    /**
     * @return every ingested issue, newest first.
     */
    public List<TwirIssue> newestFirst() {
        return listAll(Sort.descending("number"));
    }

    /**
     * @return the issue's listings in page order, each with its event loaded.
     */
    public List<StoredListing> listingsOf(TwirIssue issue) {
        return listings.find(
                        "from StoredListing l left join fetch l.event where l.issue = ?1 order by l.ordinal",
                        issue)
                .list();
    }

    /**
     * @return the listings that became this event, oldest issue first and in page order within an
     *     issue, each with its issue loaded
     */
    public List<StoredListing> listingsOfEvent(Event event) {
        return listings.find(
                        "from StoredListing l join fetch l.issue i where l.event = ?1 order by i.number, l.ordinal",
                        event)
                .list();
    }

    /** Removes the listings of an issue before it is read again. */
    public void deleteListingsOf(TwirIssue issue) {
        listings.delete("issue", issue);
    }

    /**
     * @return the numbers of the issues that listed an event, ascending.
     */
    public List<Integer> issueNumbersListing(Event event) {
        return listings.getEntityManager()
                .createQuery(
                        "select distinct l.issue.number from StoredListing l where l.event = :e order by 1",
                        Integer.class)
                .setParameter("e", event)
                .getResultList();
    }

    /** Listings as a Panache repository, kept private to this class. */
    @ApplicationScoped
    public static class ListingRepository implements PanacheRepositoryBase<StoredListing, Long> {}
}
