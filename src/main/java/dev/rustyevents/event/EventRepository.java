package dev.rustyevents.event;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Every query on events: the API, the feeds and the ingest all ask here. */
@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, Long> {

    private static final Sort BY_DATE = Sort.by("startDate").and("endDate").and("title").and("id");

    /**
     * @param filter which events
     * @param page   1-based page number
     * @param size   page size (the caller enforces its maximum)
     * @return the page, events sorted by first day, then last day, title and id
     */
    public Page<Event> search(EventFilter filter, int page, int size) {
        Where where = where(filter);
        var query = find(where.jpql(), BY_DATE, where.params()).page(page - 1, size);
        return new Page<>(query.list(), page, size, query.count());
    }

    /**
     * @param filter which events
     * @return every matching event sorted as {@link #search}; for feeds, whose window keeps this small
     */
    public List<Event> listAll(EventFilter filter) {
        Where where = where(filter);
        return list(where.jpql(), BY_DATE, where.params());
    }

    /** @return the event with this public id (RFC 5545 UID); empty for a hidden one. */
    public Optional<Event> findByUid(String uid) {
        return find("uid = ?1 and hidden = false", uid).firstResultOptional();
    }

    /**
     * @param date      first day
     * @param groupSlug the group's slug, or null
     * @param city      the city, or null
     * @return events on that day of that group in that city, for matching a listing whose link
     *         does not identify it
     */
    public List<Event> findByDateGroupCity(java.time.LocalDate date, String groupSlug, String city) {
        return city == null
                ? list("startDate = ?1 and groupSlug = ?2 and city is null", date, groupSlug)
                : list("startDate = ?1 and groupSlug = ?2 and lower(city) = ?3", date, groupSlug, city.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * @param issueNumbers issues that listed the events last
     * @param from         first day of the window (inclusive)
     * @param to           last day of the window (inclusive)
     * @return confirmed events last listed in one of those issues whose first day falls in the
     *         window, without those only the CFP section named ({@link Event#cfpOnly}: a conference
     *         leaving that section means its call closed)
     */
    public List<Event> confirmedLastListedIn(java.util.Collection<Integer> issueNumbers, java.time.LocalDate from, java.time.LocalDate to) {
        return list("lastIssue in ?1 and status = ?2 and startDate >= ?3 and startDate <= ?4 and cfpOnly = false",
                issueNumbers, EventStatus.CONFIRMED, from, to);
    }

    /**
     * @return the newest change any subscriber can see, over every stored event (delisted ones
     *         included, and nothing is ever deleted, so it never moves backwards); empty when the
     *         store holds no event
     */
    public Optional<java.time.Instant> lastChange() {
        return Optional.ofNullable(getEntityManager()
                .createQuery("select max(e.updatedAt) from Event e", java.time.Instant.class).getSingleResult());
    }

    /** @return the name of the group with this slug, as last written by TWiR; empty when no event has it */
    public Optional<String> groupName(String groupSlug) {
        return getEntityManager()
                .createQuery("select e.groupName from Event e where e.groupSlug = ?1 order by e.lastIssue desc, e.id desc", String.class)
                .setParameter(1, groupSlug).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * @param part  a fragment of a slug
     * @param limit most slugs returned
     * @return group slugs containing {@code part}, alphabetically, for "did you mean" answers
     */
    public List<String> groupSlugsContaining(String part, int limit) {
        return getEntityManager()
                .createQuery("select distinct e.groupSlug from Event e where e.groupSlug like ?1 escape '\\' order by e.groupSlug", String.class)
                .setParameter(1, "%" + Where.escapeLike(part) + "%").setMaxResults(limit).getResultList();
    }

    /**
     * @param from first day (inclusive)
     * @param to   last day (inclusive)
     * @return events whose days overlap {@code from .. to}, by first day and id; for matching a
     *         conference named in two sections
     */
    public List<Event> overlapping(java.time.LocalDate from, java.time.LocalDate to) {
        return list("startDate <= ?1 and endDate >= ?2", Sort.by("startDate").and("id"), to, from);
    }

    /** @return the event with this identity key, for the ingest's upsert. */
    public Optional<Event> findByIdentity(String identityKey) {
        return find("identityKey", identityKey).firstResultOptional();
    }

    private static Where where(EventFilter f) {
        Where where = new Where();
        where.and("hidden = :hidden", "hidden", false); // an operator hid it (EventCorrection)
        if (f.from() != null) {
            where.and("endDate >= :from", "from", f.from());
        }
        if (f.to() != null) {
            where.and("startDate <= :to", "to", f.to());
        }
        where.place(f);
        if (!f.groupSlugs().isEmpty()) {
            where.and("groupSlug in :groups", "groups", f.groupSlugs());
        }
        if (f.cancelledSince() != null) {
            where.and("(status = :confirmed or updatedAt >= :cancelledSince)", "cancelledSince",
                    f.cancelledSince().atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            where.param("confirmed", EventStatus.CONFIRMED);
        }
        if (f.text() != null) {
            String[] words = Arrays.stream(Slugs.fold(f.text()).split("\\s+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
            for (int i = 0; i < words.length; i++) {
                where.and("searchText like :q" + i + " escape '\\'", "q" + i, "%" + Where.escapeLike(words[i]) + "%");
            }
        }
        return where;
    }
}
