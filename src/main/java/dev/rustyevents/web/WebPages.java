package dev.rustyevents.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventAggregates;
import dev.rustyevents.event.EventFilter;
import dev.rustyevents.event.EventPlace;
import dev.rustyevents.event.EventRepository;
import dev.rustyevents.event.EventSort;
import dev.rustyevents.event.EventStats;
import dev.rustyevents.event.EventStatus;
import dev.rustyevents.event.GroupSummary;
import dev.rustyevents.event.IssueRepository;
import dev.rustyevents.event.Page;
import dev.rustyevents.event.PlaceCount;
import dev.rustyevents.http.FilterDescription;
import dev.rustyevents.http.FilterParams;
import dev.rustyevents.http.GroupSlugs;
import dev.rustyevents.http.Paging;
import dev.rustyevents.http.ProblemException;
import dev.rustyevents.http.PublicBase;
import dev.rustyevents.http.SubscribeLinks;
import dev.rustyevents.jsonld.JsonLd;
import dev.rustyevents.jsonld.ScriptSafeEscapes;
import dev.rustyevents.vocabulary.Countries;
import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.Region;
import dev.rustyevents.web.templates.StaticTemplates;
import dev.rustyevents.web.templates.Templates;
import gg.jte.models.runtime.JteModel;
import gg.jte.output.StringOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds each page's view from the event store and renders it with the jte templates (through the
 * generated {@link StaticTemplates}: plain method calls, no reflection). Blocking: called on a
 * worker thread, in a read transaction, by {@link PageResponses}.
 */
@ApplicationScoped
public class WebPages {

    /** Events per page of the main page: keeps its HTML well under 100 KB. */
    static final int PAGE_SIZE = 50;

    /** Past events per page of a group page. */
    static final int PAST_LIMIT = 50;

    /** Events an embedded list shows by default, and at most. */
    static final int EMBED_DEFAULT = 10;

    static final int EMBED_MAX = 50;

    private final Templates templates = new StaticTemplates();
    private final EventRepository events;
    private final IssueRepository issues;
    private final EventAggregates aggregates;
    private final ObjectWriter jsonLd;

    public WebPages(
            EventRepository events,
            IssueRepository issues,
            EventAggregates aggregates,
            ObjectMapper json) {
        this.events = events;
        this.issues = issues;
        this.aggregates = aggregates;
        this.jsonLd = json.writer().with(new ScriptSafeEscapes());
    }

    /**
     * @param params the filter parameters ({@code api.FilterParams}: the same as {@code
     *     /api/events})
     * @param query the same parameters as the URL carries them
     * @param page the {@code page} parameter (1-based), or null
     * @param today today (UTC): the default first day
     * @param base the public base of the subscribe links and the embed snippet
     * @return the main page: 200, or 400 with the form and the reason when a parameter is bad
     */
    @Transactional
    public Html index(
            FilterParams params, PageQuery query, String page, LocalDate today, PublicBase base) {
        try {
            EventFilter any = params.toFilter(today);
            EventFilter filter = any.confirmedOnly();
            int number = pageNumber(page);
            Page<Event> result = events.search(filter, EventSort.DATE, number, PAGE_SIZE);
            long hidden = events.search(any, EventSort.DATE, 1, 1).total() - result.total();
            if (number > result.pageCount()) {
                throw ProblemException.badParameter(
                        "page",
                        "there are " + result.pageCount() + " pages of events for this filter");
            }
            List<EventRow> rows =
                    result.items().stream().map(e -> EventRow.of(e, filter.near())).toList();
            int offset = (number - 1) * PAGE_SIZE;
            List<WeekGroup> weeks =
                    WeekGroup.of(
                            rows,
                            events.at(filter, EventSort.DATE, offset - 1)
                                    .map(EventRow::of)
                                    .orElse(null),
                            events.at(filter, EventSort.DATE, offset + rows.size())
                                    .map(EventRow::of)
                                    .orElse(null),
                            today);
            LatestIssue latest = null;
            if (rows.isEmpty() && query.isEmpty()) {
                latest = latestIssue();
                if (latest != null) {
                    weeks = WeekGroup.of(latest.events(), today);
                }
            }
            FeedLinks feeds =
                    FeedLinks.of(
                            FilterDescription.of(filter, today, events::groupName).name(), query);
            String previous = number > 1 ? query.on("/", "page=" + (number - 1)) : null;
            String next =
                    number < result.pageCount() ? query.on("/", "page=" + (number + 1)) : null;
            return Html.ok(
                    render(
                            templates.pagesIndex(
                                    new Views.Index(
                                            filters(query, today, filter, base, null),
                                            weeks,
                                            result.total(),
                                            number,
                                            result.pageCount(),
                                            previous,
                                            next,
                                            null,
                                            feeds,
                                            null,
                                            hidden,
                                            latest == null ? null : latest.name(),
                                            rows.isEmpty() && query.isEmpty(),
                                            PlaceMap.ofSelection(
                                                    aggregates.points(filter),
                                                    result.total(),
                                                    query.encoded())))));
        } catch (ProblemException e) {
            return new Html(
                    e.status().getStatusCode(),
                    render(
                            templates.pagesIndex(
                                    new Views.Index(
                                            filters(query, today, null, base, e.parameter()),
                                            List.of(),
                                            0,
                                            1,
                                            1,
                                            null,
                                            null,
                                            e.getMessage(),
                                            FeedLinks.ALL,
                                            FilterFix.of(e.parameter(), query)
                                                    .or(
                                                            () ->
                                                                    FilterFix.near(
                                                                            e.parameter(),
                                                                            e.allowed(),
                                                                            query))
                                                    .orElse(null),
                                            0,
                                            null,
                                            false,
                                            null))));
        }
    }

    /**
     * @param id an event's id (its RFC 5545 UID)
     * @param today today (UTC)
     * @param base the public base of the JSON-LD identifiers
     * @return the event's page (200), or a 404 page
     */
    @Transactional
    public Html event(String id, LocalDate today, PublicBase base) {
        Event event = EventRepository.possibleUid(id) ? events.findByUid(id).orElse(null) : null;
        if (event == null) {
            return notFound(
                    "No event has the id “"
                            + ProblemException.echo(id)
                            + "”. It may have been merged into another listing.");
        }
        List<HistoryEntry> history =
                HistoryEntry.of(
                        issues.listingsOfEvent(event),
                        java.util.stream.Stream.of(event.firstIssue, event.lastIssue)
                                .distinct()
                                .flatMap(n -> issues.findByNumber(n).stream())
                                .toList());
        String ld;
        try {
            ld = jsonLd.writeValueAsString(JsonLd.document(event, base::absolute));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write event " + event.uid + " as JSON-LD", e);
        }
        return Html.ok(
                render(
                        templates.pagesEvent(
                                new Views.EventPage(
                                        EventRow.of(event),
                                        event.status == EventStatus.DELISTED
                                                ? "No longer listed"
                                                : "Listed",
                                        event.groupUrl,
                                        event.firstIssue,
                                        event.lastIssue,
                                        history,
                                        ld,
                                        "/api/events/" + event.uid,
                                        listedIn(history),
                                        "/events/" + event.uid + "/calendar.ics",
                                        GoogleCalendar.template(
                                                event, base.absolute("/events/" + event.uid))))));
    }

    /**
     * @param rawSlug the path segment: a group's slug (or its name)
     * @param page the {@code page} parameter: which {@value #PAST_LIMIT} of its past events, newest
     *     first (1-based), or null for the first
     * @param today today (UTC): upcoming events are those not ended before it
     * @param base the public base of the group feed's subscribe links
     * @return the group's page (200), a 404 page when no confirmed event has the group, or a 400
     *     page when {@code page} is not a number or past the last page
     */
    @Transactional
    public Html group(String rawSlug, String page, LocalDate today, PublicBase base) {
        return group(rawSlug, page, today, base, PAST_LIMIT);
    }

    /**
     * {@link #group(String, String, LocalDate, PublicBase)} with another number of past events per
     * page (tests page a real group's short history with it).
     */
    @Transactional
    Html group(String rawSlug, String page, LocalDate today, PublicBase base, int perPage) {
        String slug;
        try {
            slug = GroupSlugs.normalise(rawSlug);
        } catch (ProblemException e) {
            return notFound(e.getMessage());
        }
        GroupSummary group = aggregates.group(slug, today).orElse(null);
        if (group == null) {
            return notFound("No group has the slug “" + ProblemException.echo(slug) + "”.");
        }
        List<Event> all = events.listAll(EventFilter.from(null).withGroup(slug).confirmedOnly());
        List<EventRow> upcoming =
                all.stream().filter(e -> !e.endDate.isBefore(today)).map(EventRow::of).toList();
        List<Event> allPast =
                all.stream()
                        .filter(e -> e.endDate.isBefore(today))
                        .sorted(Comparator.comparing((Event e) -> e.startDate).reversed())
                        .toList();
        int pageCount = Math.max(1, (allPast.size() + perPage - 1) / perPage);
        int number;
        try {
            number = pageNumber(page);
            if (number > pageCount) {
                throw ProblemException.badParameter(
                        "page", "there are " + pageCount + " pages of this group's past events");
            }
        } catch (ProblemException e) {
            return new Html(400, render(templates.pagesError(400, "Bad request", e.getMessage())));
        }
        List<EventRow> past =
                allPast.stream()
                        .skip((long) (number - 1) * perPage)
                        .limit(perPage)
                        .map(EventRow::of)
                        .toList();
        String here = "/groups/" + slug;
        String previous = number == 1 ? null : number == 2 ? here : here + "?page=" + (number - 1);
        String next = number < pageCount ? here + "?page=" + (number + 1) : null;
        GroupSummary.Place place = group.home();
        String home =
                place == null
                        ? null
                        : EventPlace.display(
                                Mode.IN_PERSON,
                                place.city(),
                                place.subdivision(),
                                place.country(),
                                null);
        return Html.ok(
                render(
                        templates.pagesGroup(
                                new Views.GroupPage(
                                        slug,
                                        group.name(),
                                        group.url(),
                                        home,
                                        group.eventCount(),
                                        group.firstDate() == null
                                                ? null
                                                : Dates.full(group.firstDate()),
                                        upcoming,
                                        past,
                                        allPast.size(),
                                        number,
                                        pageCount,
                                        previous,
                                        next,
                                        SubscribeLinks.of(base, SubscribeLinks.groupFeed(slug))))));
    }

    /**
     * @param today today (UTC): its month and later ones are marked as not over yet
     * @return the statistics page: events per month and region since the first, as a table (newest
     *     month first) and the chart ({@link #chart}) in its {@link StatsChart.Form}s
     */
    @Transactional
    public Html stats(LocalDate today) {
        EventStats stats = EventStats.of(aggregates.perMonth(EventFilter.from(null)), false);
        List<String> keys = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (Region r : Region.values()) {
            keys.add(r.code());
            columns.add(r.heading());
        }
        keys.add(EventStats.NO_REGION);
        columns.add(StatsChart.NO_REGION_LABEL);
        columns.add("Total");
        long[] totals = new long[columns.size()];
        YearMonth current = YearMonth.from(today);
        List<Views.StatsRow> rows = new ArrayList<>();
        for (EventStats.Period p : stats.periods()) {
            List<Long> counts = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                long n = p.byRegion().getOrDefault(keys.get(i), 0L);
                counts.add(n);
                totals[i] += n;
            }
            counts.add(p.count());
            boolean partial = !YearMonth.parse(p.period()).isBefore(current);
            rows.add(new Views.StatsRow(p.period(), partial, counts));
        }
        totals[columns.size() - 1] = stats.total();
        String first = rows.isEmpty() ? null : rows.get(0).month();
        String last = rows.isEmpty() ? null : rows.get(rows.size() - 1).month();
        java.util.Collections.reverse(rows);
        return Html.ok(
                render(
                        templates.pagesStats(
                                new Views.Stats(
                                        columns,
                                        rows,
                                        java.util.Arrays.stream(totals).boxed().toList(),
                                        stats.total(),
                                        first,
                                        last,
                                        StatsChart.Form.WIDE,
                                        List.of(StatsChart.Form.NARROW, StatsChart.Form.MEDIUM),
                                        first == null
                                                ? null
                                                : PlaceMap.ofHistory(
                                                        aggregates.points(EventFilter.from(null)),
                                                        stats.total(),
                                                        first + "-01")))));
    }

    /**
     * @param form the chart's size
     * @return the chart of {@link #stats} as a standalone SVG document (UTF-8 bytes)
     */
    @Transactional
    public byte[] chart(StatsChart.Form form) {
        return StatsChart.svg(
                        EventStats.of(aggregates.perMonth(EventFilter.from(null)), false), form)
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param params the filter parameters, as {@link #index}
     * @param query the same as the URL carries them
     * @param limit the {@code limit} parameter: 1 to {@value #EMBED_MAX} events, default {@value
     *     #EMBED_DEFAULT}
     * @param theme the {@code theme} parameter: {@code light}, {@code dark} or {@code auto} (the
     *     default), see {@link EmbedTheme}
     * @param today today (UTC)
     * @param base the public base of the links to the main page
     * @return the compact list for an {@code <iframe>} (200), or 400 with the reason (in the
     *     viewer's colours when the theme itself is bad)
     */
    @Transactional
    public Html embed(
            FilterParams params,
            PageQuery query,
            String limit,
            String theme,
            LocalDate today,
            PublicBase base) {
        String home = base.absolute("");
        String more = base.absolute(query.on("/"));
        EmbedTheme colours = EmbedTheme.AUTO;
        try {
            colours = EmbedTheme.parse(theme);
            EventFilter filter = params.toFilter(today).confirmedOnly();
            int size = limit(limit);
            List<EventRow> rows =
                    events.search(filter, EventSort.DATE, 1, size).items().stream()
                            .map(e -> EventRow.of(e, filter.near()))
                            .toList();
            return Html.ok(
                    render(
                            templates.pagesEmbed(
                                    new Views.Embed(
                                            rows,
                                            home,
                                            more,
                                            FilterDescription.of(filter, today, events::groupName)
                                                    .name(),
                                            colours))));
        } catch (ProblemException e) {
            return new Html(
                    e.status().getStatusCode(),
                    render(
                            templates.pagesEmbed(
                                    new Views.Embed(
                                            List.of(), home, more, e.getMessage(), colours))));
        }
    }

    /**
     * @param window the filter taken, whose days ({@code from}, {@code to}) the country menu
     *     counts; null when it was refused (the menu then counts the days from today)
     * @param base the public base of the subscribe links and the embed snippet
     * @param refused the parameter a 400 named, or null when the filter was taken
     */
    private Views.Filters filters(
            PageQuery query, LocalDate today, EventFilter window, PublicBase base, String refused) {
        List<Views.Option> regions = new ArrayList<>();
        regions.add(new Views.Option("", "Any region", query.first("region").isEmpty()));
        for (Region r : Region.values()) {
            regions.add(
                    new Views.Option(
                            r.code(),
                            r.heading(),
                            r.code().equalsIgnoreCase(query.first("region"))));
        }
        String country = query.first("country").toUpperCase(java.util.Locale.ROOT);
        List<Views.Option> countries = new ArrayList<>();
        countries.add(new Views.Option("", "Any country", country.isEmpty()));
        boolean listed = false;
        List<PlaceCount> withEvents =
                aggregates
                        .countriesIn(
                                window == null ? today : window.from(),
                                window == null ? null : window.to())
                        .stream()
                        .sorted(Comparator.comparing(c -> Countries.name(c.code())))
                        .toList();
        for (PlaceCount c : withEvents) {
            listed |= c.code().equals(country);
            countries.add(
                    new Views.Option(
                            c.code(),
                            Countries.name(c.code()) + " (" + c.total() + ")",
                            c.code().equals(country)));
        }
        if (!listed && !country.isEmpty() && Countries.isCode(country)) {
            countries.add(new Views.Option(country, Countries.name(country) + " (0)", true));
        }
        List<Views.Option> modes = new ArrayList<>();
        modes.add(new Views.Option("", "Any mode", query.first("mode").isEmpty()));
        for (Mode m : Mode.values()) {
            modes.add(
                    new Views.Option(
                            m.code(),
                            EventRow.modeLabel(m),
                            m.code().equalsIgnoreCase(query.first("mode"))));
        }
        String embed =
                "<iframe src=\""
                        + base.absolute(query.on("/embed")).replace("&", "&amp;")
                        + "\" title=\"Upcoming Rust events\" width=\"100%\" height=\"480\" loading=\"lazy\" style=\"border:0\"></iframe>";
        List<String> summary = new ArrayList<>();
        regions.stream()
                .filter(o -> o.selected() && !o.value().isEmpty())
                .forEach(o -> summary.add(o.label()));
        if (!country.isEmpty()) {
            summary.add(Countries.isCode(country) ? Countries.name(country) : country);
        }
        modes.stream()
                .filter(o -> o.selected() && !o.value().isEmpty())
                .forEach(o -> summary.add(o.label()));
        if (!query.first("q").isEmpty()) {
            summary.add("“" + query.first("q") + "”");
        }
        if (!query.first("from").isEmpty()) {
            summary.add("from " + query.first("from"));
        }
        if (!query.first("to").isEmpty()) {
            summary.add("to " + query.first("to"));
        }
        if (!NearField.summary(query).isEmpty()) {
            summary.add(NearField.summary(query));
        }
        for (String other : List.of("subdivision", "city", "group")) {
            if (!query.first(other).isEmpty()) {
                summary.add(other + " " + query.first(other));
            }
        }
        boolean ok = refused == null;
        return new Views.Filters(
                query,
                regions,
                countries,
                modes,
                query.first("q"),
                query.first("from"),
                query.first("to"),
                String.join(" · ", summary),
                ok ? "" : refused,
                ok ? SubscribeLinks.of(base, query.on("/calendar.ics")) : null,
                ok ? embed : null,
                NearField.of(query));
    }

    /**
     * The newest issue read and its events: what the main page shows when nothing is upcoming and
     * no filter is set, so the page says what the newest data is instead of only "nothing".
     *
     * @param name "TWiR 665 of 19 Aug 2026"
     * @param events the confirmed events its "Upcoming Events" section listed, by first day
     */
    private record LatestIssue(String name, List<EventRow> events) {}

    /**
     * @return the newest issue stored and its events, or null when no issue was read yet
     */
    private LatestIssue latestIssue() {
        return issues.newestNumber()
                .flatMap(issues::findByNumber)
                .map(
                        i ->
                                new LatestIssue(
                                        "TWiR "
                                                + i.number
                                                + (i.published == null
                                                        ? ""
                                                        : " of " + Dates.day(i.published)),
                                        issues.listingsOf(i).stream()
                                                .map(l -> l.event)
                                                .filter(
                                                        e ->
                                                                e != null
                                                                        && !e.hidden
                                                                        && e.status
                                                                                == EventStatus
                                                                                        .CONFIRMED)
                                                .distinct()
                                                .sorted(
                                                        Comparator.comparing(
                                                                        (Event e) -> e.startDate)
                                                                .thenComparing(e -> e.uid))
                                                .map(EventRow::of)
                                                .toList()))
                .orElse(null);
    }

    /**
     * @param history an event's listings, oldest first
     * @return "Listed in 1 issue of This Week in Rust (TWiR 665)." or "Listed in 4 issues of This
     *     Week in Rust, from TWiR 543 to TWiR 665."; issues counted once each
     */
    static String listedIn(List<HistoryEntry> history) {
        List<Integer> numbers =
                history.stream().map(HistoryEntry::issue).distinct().sorted().toList();
        if (numbers.isEmpty()) {
            return "Not listed in any issue read.";
        }
        if (numbers.size() == 1) {
            return "Listed in 1 issue of This Week in Rust (TWiR " + numbers.get(0) + ").";
        }
        return "Listed in "
                + numbers.size()
                + " issues of This Week in Rust, from TWiR "
                + numbers.get(0)
                + " to TWiR "
                + numbers.get(numbers.size() - 1)
                + ".";
    }

    private static int pageNumber(String page) {
        return page == null || page.isBlank()
                ? 1
                : Paging.number("page", page, 1, Integer.MAX_VALUE / PAGE_SIZE);
    }

    private static int limit(String limit) {
        return limit == null || limit.isBlank()
                ? EMBED_DEFAULT
                : Paging.number("limit", limit, 1, EMBED_MAX);
    }

    private Html notFound(String message) {
        return new Html(404, render(templates.pagesError(404, "Not found", message)));
    }

    private static byte[] render(JteModel model) {
        StringOutput out = new StringOutput();
        model.render(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
