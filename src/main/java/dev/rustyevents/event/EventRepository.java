package dev.rustyevents.event;

import dev.rustyevents.vocabulary.Slugs;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Every query on events: the API, the feeds and the ingest all ask here. */
@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, Long> {

    /**
     * @param filter which events
     * @param sort their order
     * @param page 1-based page number
     * @param size page size (the caller enforces its maximum)
     * @return the page and the total count
     */
    public Page<Event> search(EventFilter filter, EventSort sort, int page, int size) {
        Where where = where(filter);
        var query = query(where, filter, sort).page(page - 1, size);
        return new Page<>(query.list(), page, size, query.count());
    }

    /**
     * @param filter which events
     * @param sort their order
     * @param offset the 0-based position of the one wanted
     * @return the event at that position of the ordered matches, or empty past the last (the
     *     neighbours of a page, without counting the matches again)
     */
    public Optional<Event> at(EventFilter filter, EventSort sort, int offset) {
        if (offset < 0) {
            return Optional.empty();
        }
        Where where = where(filter);
        return query(where, filter, sort).range(offset, offset).firstResultOptional();
    }

    /**
     * {@link EventSort#DISTANCE} orders by the distance from the filter's {@code near} (nearest
     * first, events without coordinates last, then by date); without {@code near} it is {@link
     * EventSort#DATE}.
     */
    private io.quarkus.hibernate.orm.panache.PanacheQuery<Event> query(
            Where where, EventFilter filter, EventSort sort) {
        if (sort == EventSort.DISTANCE && filter.near() != null) {
            return find(
                    where.jpql()
                            + " order by "
                            + Where.distance()
                            + " nulls last, startDate, endDate, title, id",
                    where.params());
        }
        return find(where.jpql(), sort.sort(), where.params());
    }

    /**
     * @param filter which events
     * @return every matching event by date ({@link EventSort#DATE}); for feeds, whose window keeps
     *     this small
     */
    public List<Event> listAll(EventFilter filter) {
        Where where = where(filter);
        return list(where.jpql(), EventSort.DATE.sort(), where.params());
    }

    /**
     * @return the event with this public id (RFC 5545 UID); empty for a hidden one.
     */
    public Optional<Event> findByUid(String uid) {
        if (!possibleUid(uid)) {
            return Optional.empty();
        }
        return find("uid = ?1 and hidden = false", uid).firstResultOptional();
    }

    /**
     * @param uid a public id from a request
     * @return whether it can be an event's UID at all: at most 64 printable ASCII characters (the
     *     column's width; ingest mints name-based UUIDs). Anything else is answered "no such event"
     *     without a query: PostgreSQL refuses a NUL in a text parameter with an error.
     */
    public static boolean possibleUid(String uid) {
        return uid != null
                && !uid.isEmpty()
                && uid.length() <= 64
                && uid.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /**
     * @param date first day
     * @param groupSlug the group's slug, or null
     * @param city the city, or null
     * @return events on that day of that group in that city, for matching a listing whose link does
     *     not identify it
     */
    public List<Event> findByDateGroupCity(
            java.time.LocalDate date, String groupSlug, String city) {
        return city == null
                ? list("startDate = ?1 and groupSlug = ?2 and city is null", date, groupSlug)
                : list(
                        "startDate = ?1 and groupSlug = ?2 and lower(city) = ?3",
                        date,
                        groupSlug,
                        city.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * @param issueNumbers issues that listed the events last
     * @param from first day of the window (inclusive)
     * @param to last day of the window (inclusive)
     * @return confirmed events last listed in one of those issues whose first day falls in the
     *     window, without those only the CFP section named ({@link Event#cfpOnly}: a conference
     *     leaving that section means its call closed)
     */
    public List<Event> confirmedLastListedIn(
            java.util.Collection<Integer> issueNumbers,
            java.time.LocalDate from,
            java.time.LocalDate to) {
        return list(
                "lastIssue in ?1 and status = ?2 and startDate >= ?3 and startDate <= ?4 and cfpOnly = false",
                issueNumbers,
                EventStatus.CONFIRMED,
                from,
                to);
    }

    /**
     * @return the newest change any subscriber can see, over every stored event (delisted ones
     *     included, and nothing is ever deleted, so it never moves backwards); empty when the store
     *     holds no event
     */
    public Optional<java.time.Instant> lastChange() {
        return Optional.ofNullable(
                getEntityManager()
                        .createQuery(
                                "select max(e.updatedAt) from Event e", java.time.Instant.class)
                        .getSingleResult());
    }

    /**
     * @return the name of the group with this slug, as last written by TWiR; empty when no event
     *     has it
     */
    public Optional<String> groupName(String groupSlug) {
        return getEntityManager()
                .createQuery(
                        "select e.groupName from Event e where e.groupSlug = ?1 order by e.lastIssue desc, e.id desc",
                        String.class)
                .setParameter(1, groupSlug)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * @param slug a slug no group has (a typo, an old name)
     * @param limit most slugs returned
     * @return group slugs that share a distinctive word with it, alphabetically, for "did you mean"
     *     answers: each word of 3+ letters other than "rust", matched on its first four letters so
     *     that a typo at its end still finds it ({@code rust-berlinn} finds {@code rust-berlin});
     *     the slugs containing its first word when no such word exists
     */
    public List<String> similarGroupSlugs(String slug, int limit) {
        List<String> stems =
                Arrays.stream(slug.split("-"))
                        .filter(w -> w.length() >= 3 && !w.equals("rust"))
                        .map(w -> w.substring(0, Math.min(4, w.length())))
                        .distinct()
                        .toList();
        if (stems.isEmpty()) {
            stems = List.of(slug.split("-")[0]);
        }
        java.util.TreeSet<String> found = new java.util.TreeSet<>();
        for (String stem : stems) {
            found.addAll(
                    getEntityManager()
                            .createQuery(
                                    "select distinct e.groupSlug from Event e where e.groupSlug like ?1 escape '\\' order by e.groupSlug",
                                    String.class)
                            .setParameter(1, "%" + Where.escapeLike(stem) + "%")
                            .setMaxResults(limit)
                            .getResultList());
        }
        return found.stream().limit(limit).toList();
    }

    /**
     * @param from first day (inclusive)
     * @param to last day (inclusive)
     * @return events whose days overlap {@code from .. to}, by first day and id; for matching a
     *     conference named in two sections
     */
    public List<Event> overlapping(java.time.LocalDate from, java.time.LocalDate to) {
        return list("startDate <= ?1 and endDate >= ?2", Sort.by("startDate").and("id"), to, from);
    }

    /**
     * @return the event with this identity key, for the ingest's upsert.
     */
    public Optional<Event> findByIdentity(String identityKey) {
        return find("identityKey", identityKey).firstResultOptional();
    }

    /**
     * @return the JPQL condition of a filter; the one place a filter becomes a query (aggregates
     *     use it too)
     */
    static Where where(EventFilter f) {
        Where where = new Where();
        where.and("hidden = :hidden", "hidden", false); // an operator hid it (EventCorrection)
        if (f.from() != null) {
            where.and("endDate >= :from", "from", f.from());
        }
        if (f.to() != null) {
            where.and("startDate <= :to", "to", f.to());
        }
        where.place(f).near(f);
        if (!f.groupSlugs().isEmpty()) {
            where.and("groupSlug in :groups", "groups", f.groupSlugs());
        }
        if (f.cancelledSince() != null) {
            where.and(
                    "(status = :confirmed or updatedAt >= :cancelledSince)",
                    "cancelledSince",
                    f.cancelledSince().atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            where.param("confirmed", EventStatus.CONFIRMED);
        }
        if (!f.statuses().isEmpty()) {
            where.and("status in :statuses", "statuses", f.statuses());
        }
        if (f.updatedSince() != null) {
            where.and("updatedAt >= :updatedSince", "updatedSince", f.updatedSince());
        }
        if (f.text() != null) {
            String[] words =
                    Arrays.stream(Slugs.fold(f.text()).split("\\s+"))
                            .filter(w -> !w.isEmpty())
                            .toArray(String[]::new);
            for (int i = 0; i < words.length; i++) {
                where.and(
                        "searchText like :q" + i + " escape '\\'",
                        "q" + i,
                        "%" + Where.escapeLike(words[i]) + "%");
            }
        }
        return where;
    }
}
