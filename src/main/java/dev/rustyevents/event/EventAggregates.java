package dev.rustyevents.event;

import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Counts and summaries over events (groups, places, events per month) for the API's directory and
 * statistics resources. Every query starts from {@link EventRepository#where(EventFilter)}, so the
 * same filter means the same events here, and counts only {@link EventStatus#CONFIRMED} events
 * ({@link EventFilter#confirmedOnly()}): a delisted event did not take place as listed.
 */
@ApplicationScoped
public class EventAggregates {

    private final EntityManager em;
    private final EventRepository events;

    public EventAggregates(EntityManager em, EventRepository events) {
        this.em = em;
        this.events = events;
    }

    /**
     * @param today the day (UTC) from which events are "next"
     * @return every group that organised a confirmed event, by slug, with its summary
     */
    public List<GroupSummary> groups(LocalDate today) {
        return summarise(EventFilter.from(null).confirmedOnly(), today).values().stream()
                .sorted(Comparator.comparing(GroupSummary::slug))
                .toList();
    }

    /**
     * @param slug a group slug
     * @param today the day (UTC) from which events are "next"
     * @return the group's summary, or empty when no confirmed event has this group
     */
    public Optional<GroupSummary> group(String slug, LocalDate today) {
        return Optional.ofNullable(
                summarise(EventFilter.from(null).withGroup(slug).confirmedOnly(), today).get(slug));
    }

    /**
     * @param today the day (UTC) from which events are upcoming
     * @return confirmed-event counts per region code; regions without events are absent
     */
    public Map<String, PlaceCount> countsByRegion(LocalDate today) {
        return counts("region", "", today).stream()
                .collect(Collectors.toMap(PlaceCount::code, Function.identity()));
    }

    /**
     * The events a region counts that no country does: TWiR listed them under the region's heading
     * without a country ("São Paulo" under South America). With them, a region's counts are the sum
     * of its countries' ({@link #countsByCountry}) and these.
     *
     * @param today the day (UTC) from which events are upcoming
     * @return confirmed-event counts of events without a country, per region code; regions without
     *     such events are absent
     */
    public Map<String, PlaceCount> countsWithoutCountryByRegion(LocalDate today) {
        return counts("region", " and country is null", today).stream()
                .collect(Collectors.toMap(PlaceCount::code, Function.identity()));
    }

    /**
     * @param today the day (UTC) from which events are upcoming
     * @return confirmed-event counts per ISO 3166-1 country code, for countries with events
     */
    public List<PlaceCount> countsByCountry(LocalDate today) {
        return counts("country", "", today);
    }

    /**
     * The countries of a window of days, for a country menu that offers what the selected days hold
     * (a window in the past included), not only what is upcoming.
     *
     * @param from the window's first day (inclusive, UTC), or null for no limit
     * @param to the window's last day (inclusive), or null for no limit
     * @return confirmed events per ISO 3166-1 country code overlapping the window (as {@link
     *     EventFilter#from()} and {@link EventFilter#to()} define it), in {@link PlaceCount#total}
     *     ({@code upcoming} is the same number); countries without such events are absent
     */
    public List<PlaceCount> countriesIn(LocalDate from, LocalDate to) {
        Where where =
                EventRepository.where(
                        EventFilter.builder().from(from).to(to).build().confirmedOnly());
        TypedQuery<Object[]> query =
                em.createQuery(
                        "select country, count(*) from Event where "
                                + where.jpql()
                                + " and country is not null group by country",
                        Object[].class);
        where.params().map().forEach(query::setParameter);
        return query.getResultList().stream()
                .map(
                        r -> {
                            long n = ((Number) r[1]).longValue();
                            return new PlaceCount((String) r[0], n, n);
                        })
                .toList();
    }

    /**
     * @param filter which events (its window, places, modes, groups, text)
     * @return confirmed events per month of their first day, region and mode, oldest month first
     */
    public List<PeriodCount> perMonth(EventFilter filter) {
        Where where = EventRepository.where(filter.confirmedOnly());
        TypedQuery<Object[]> query =
                em.createQuery(
                        "select extract(year from startDate), extract(month from startDate), region, mode, count(*)"
                                + " from Event where "
                                + where.jpql()
                                + " group by extract(year from startDate), extract(month from startDate), region, mode"
                                + " order by 1, 2",
                        Object[].class);
        where.params().map().forEach(query::setParameter);
        return query.getResultList().stream()
                .map(
                        r ->
                                new PeriodCount(
                                        ((Number) r[0]).intValue(),
                                        ((Number) r[1]).intValue(),
                                        (Region) r[2],
                                        (Mode) r[3],
                                        ((Number) r[4]).longValue()))
                .toList();
    }

    /**
     * Where a filter's events are: the points of a map.
     *
     * @param filter which events (its window, places, modes, groups, text, distance), as the API
     *     and the pages read it; only confirmed events are counted
     * @return one entry per stored point ({@code latitude, longitude}) of the matching events that
     *     have coordinates (events without any, online ones among them, are left out), most events
     *     first, then north to south and west to east; its name, subdivision and country those of
     *     most of its events
     */
    public List<PointCount> points(EventFilter filter) {
        Where where = EventRepository.where(filter.confirmedOnly());
        TypedQuery<Object[]> query =
                em.createQuery(
                        "select latitude, longitude, coalesce(placeName, city), placeSubdivision,"
                                + " country, count(*) from Event where "
                                + where.jpql()
                                + " and latitude is not null and longitude is not null"
                                + " group by latitude, longitude, coalesce(placeName, city),"
                                + " placeSubdivision, country",
                        Object[].class);
        where.params().map().forEach(query::setParameter);
        Map<List<Double>, PointCount> byPoint = new HashMap<>();
        for (Object[] r : query.getResultList()) {
            PointCount row =
                    new PointCount(
                            ((Number) r[0]).doubleValue(),
                            ((Number) r[1]).doubleValue(),
                            (String) r[2],
                            (String) r[3],
                            (String) r[4],
                            ((Number) r[5]).longValue());
            byPoint.merge(
                    List.of(row.latitude(), row.longitude()),
                    row,
                    (a, b) -> {
                        PointCount named =
                                a.count() > b.count()
                                                || a.count() == b.count()
                                                        && String.valueOf(a.name())
                                                                        .compareTo(
                                                                                String.valueOf(
                                                                                        b.name()))
                                                                <= 0
                                        ? a
                                        : b;
                        return new PointCount(
                                named.latitude(),
                                named.longitude(),
                                named.name(),
                                named.subdivision(),
                                named.country(),
                                a.count() + b.count());
                    });
        }
        return byPoint.values().stream()
                .sorted(
                        Comparator.comparingLong(PointCount::count)
                                .reversed()
                                .thenComparing(
                                        Comparator.comparingDouble(PointCount::latitude).reversed())
                                .thenComparingDouble(PointCount::longitude))
                .toList();
    }

    /**
     * @param field the property counted by
     * @param condition more JPQL conditions, each starting with {@code and}; empty for none
     */
    private List<PlaceCount> counts(String field, String condition, LocalDate today) {
        Where where = EventRepository.where(EventFilter.from(null).confirmedOnly());
        TypedQuery<Object[]> query =
                em.createQuery(
                        "select "
                                + field
                                + ", count(*), sum(case when endDate >= :today then 1 else 0 end)"
                                + " from Event where "
                                + where.jpql()
                                + " and "
                                + field
                                + " is not null"
                                + condition
                                + " group by "
                                + field,
                        Object[].class);
        where.params().map().forEach(query::setParameter);
        query.setParameter("today", today);
        return query.getResultList().stream()
                .map(
                        r ->
                                new PlaceCount(
                                        code(r[0]),
                                        ((Number) r[2]).longValue(),
                                        ((Number) r[1]).longValue()))
                .toList();
    }

    private static String code(Object value) {
        return value instanceof Region region ? region.code() : (String) value;
    }

    private Map<String, GroupSummary> summarise(EventFilter filter, LocalDate today) {
        Map<String, List<Event>> bySlug = new LinkedHashMap<>();
        for (Event e : events.listAll(filter)) {
            if (e.groupSlug != null && !e.groupSlug.isEmpty()) {
                bySlug.computeIfAbsent(e.groupSlug, k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, GroupSummary> summaries = new HashMap<>();
        bySlug.forEach((slug, list) -> summaries.put(slug, summary(slug, list, today)));
        return summaries;
    }

    /**
     * @param list the group's events, by date (as {@link EventRepository#listAll} gives them)
     */
    private static GroupSummary summary(String slug, List<Event> list, LocalDate today) {
        Comparator<Event> recency =
                Comparator.comparingInt((Event e) -> e.lastIssue).thenComparing(e -> e.startDate);
        Event latest = list.stream().max(recency).orElseThrow();
        String url =
                list.stream()
                        .filter(e -> e.groupUrl != null)
                        .max(recency)
                        .map(e -> e.groupUrl)
                        .orElse(null);
        Map<GroupSummary.Place, List<Event>> byPlace =
                list.stream()
                        .filter(e -> e.mode != Mode.VIRTUAL && e.city != null)
                        .collect(
                                Collectors.groupingBy(
                                        e ->
                                                new GroupSummary.Place(
                                                        e.city,
                                                        e.subdivision,
                                                        e.country,
                                                        e.region,
                                                        null,
                                                        null)));
        GroupSummary.Place home =
                byPlace.entrySet().stream()
                        .max(
                                Comparator.comparingInt(
                                                (Map.Entry<GroupSummary.Place, List<Event>> p) ->
                                                        p.getValue().size())
                                        .thenComparing(
                                                p ->
                                                        p.getValue()
                                                                .get(p.getValue().size() - 1)
                                                                .startDate))
                        .map(
                                p -> {
                                    Event located =
                                            p.getValue().stream()
                                                    .filter(e -> e.latitude != null)
                                                    .reduce((a, b) -> b)
                                                    .orElse(null);
                                    return located == null
                                            ? p.getKey()
                                            : p.getKey().at(located.latitude, located.longitude);
                                })
                        .orElse(null);
        Event next = list.stream().filter(e -> !e.endDate.isBefore(today)).findFirst().orElse(null);
        return new GroupSummary(
                slug,
                latest.groupName,
                url,
                home,
                list.size(),
                list.get(0).startDate,
                list.get(list.size() - 1).startDate,
                next);
    }
}
