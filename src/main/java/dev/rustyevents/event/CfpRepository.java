package dev.rustyevents.event;

import dev.rustyevents.vocabulary.Slugs;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Every query on calls for proposals; {@code count()} is Panache's. */
@ApplicationScoped
public class CfpRepository implements PanacheRepositoryBase<CallForProposals, Long> {

    private static final Sort BY_DEADLINE = Sort.by("deadline").and("name").and("id");

    /**
     * @param from first closing day (inclusive), a local calendar date
     * @return the calls closing on or after {@code from}, by deadline, then name and id
     */
    public List<CallForProposals> listFrom(LocalDate from) {
        return list("deadline >= ?1", BY_DEADLINE, from);
    }

    /**
     * @param filter which calls: {@code from}/{@code to} bound the deadline (inclusive), the place
     *     conditions apply to the conference's place, {@code text} words must all occur in its name
     *     (case- and accent-insensitive); groups and cancellation do not apply
     * @return the matching calls, by deadline, then name and id; none whose conference an operator
     *     hid ({@link Event#hidden})
     */
    public List<CallForProposals> search(EventFilter filter) {
        Where where = new Where();
        where.and(
                "(event is null or event.id not in (select e.id from Event e where e.hidden = :hidden))",
                "hidden",
                true);
        if (filter.from() != null) {
            where.and("deadline >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            where.and("deadline <= :to", "to", filter.to());
        }
        where.place(filter);
        List<CallForProposals> calls = list(where.jpql(), BY_DEADLINE, where.params());
        if (filter.text() == null) {
            return calls;
        }
        // Names are few and unindexed for search; folding in Java keeps the rule Slugs.fold's.
        List<String> words =
                java.util.Arrays.stream(Slugs.fold(filter.text()).split("\\s+"))
                        .filter(w -> !w.isEmpty())
                        .toList();
        return calls.stream()
                .filter(c -> words.stream().allMatch(Slugs.fold(c.name)::contains))
                .toList();
    }

    /**
     * @return the newest change to any stored call (nothing is deleted, so it never moves
     *     backwards); empty when there is none
     */
    public Optional<java.time.Instant> lastChange() {
        return Optional.ofNullable(
                getEntityManager()
                        .createQuery(
                                "select max(c.updatedAt) from CallForProposals c",
                                java.time.Instant.class)
                        .getSingleResult());
    }

    /**
     * @return the call last listed whose conference is this event, if any
     */
    public Optional<CallForProposals> lastOf(Event event) {
        return find(
                        "event = ?1",
                        Sort.descending("lastIssue").and("id", Sort.Direction.Descending),
                        event)
                .firstResultOptional();
    }

    /**
     * @return the call with this identity key, for the ingest's upsert.
     */
    public Optional<CallForProposals> findByIdentity(String identityKey) {
        return find("identityKey", identityKey).firstResultOptional();
    }
}
