package dev.rustyevents.web;

import dev.rustyevents.http.SubscribeLinks;
import java.util.List;

/**
 * What each page's template receives: plain values, already formatted, so templates only lay them
 * out.
 */
public final class Views {

    private Views() {}

    /**
     * A choice of a {@code <select>}.
     *
     * @param value the query parameter's value ({@code europe}); {@code ""} for "any"
     * @param label what people read ("Europe")
     * @param selected whether the current filter holds it
     */
    public record Option(String value, String label, boolean selected) {}

    /**
     * The filter form and the subscribe panel of the current filter, shared by the main page and
     * the group page.
     *
     * @param query the current filter as a URL query
     * @param regions region choices, "Any region" first
     * @param countries the countries with events in the selected days ({@code from} to {@code to};
     *     from today when not given) with their counts, and the selected one, "Any country" first
     * @param modes attendance modes, "Any mode" first
     * @param text the text searched for, or {@code ""}
     * @param from the {@code from} parameter as given (an ISO 8601 date for {@code <input
     *     type=date>}), or {@code ""}
     * @param to the {@code to} parameter as given, or {@code ""}
     * @param summary the active filter for people ("Europe · In person"), or {@code ""} for none
     * @param invalid the refused parameter's name (its field gets {@code aria-invalid}), or {@code
     *     ""}
     * @param subscribe the current filter's feed: https, {@code webcal://} and Google Calendar
     *     links; null when the filter is refused (its feed answers 400)
     * @param embed the {@code <iframe>} snippet showing the current filter on another site; null
     *     when the filter is refused
     * @param near the "Near" box and its radius menu
     */
    public record Filters(
            PageQuery query,
            List<Option> regions,
            List<Option> countries,
            List<Option> modes,
            String text,
            String from,
            String to,
            String summary,
            String invalid,
            SubscribeLinks subscribe,
            String embed,
            NearField near) {}

    /**
     * The main page.
     *
     * @param filters the form and subscribe panel
     * @param weeks this page of upcoming events, by week
     * @param total events matching the filter over all pages
     * @param page 1-based page number
     * @param pageCount number of pages
     * @param previous the previous page's URL, or null
     * @param next the next page's URL, or null
     * @param error why the filter was refused (a 400), or null
     * @param feeds the filter's name and its Atom and iCalendar feeds
     * @param fix the corrected filter the refused one most likely meant, or null
     * @param hidden events of the same query that are no longer listed, left out of the page (so
     *     {@code total + hidden} is the {@code total} of {@code /api/events} for the query)
     * @param latest the newest issue read ("TWiR 665 of 19 Aug 2026") when nothing is upcoming and
     *     no filter is set ({@code weeks} are then that issue's events), or null otherwise or when
     *     no issue was read
     * @param nothingUpcoming true when no filter is set and no event is upcoming: the page says why
     *     (no issue read yet, or the latest one's events are over)
     * @param map where the filter's events are, over all pages ({@link PlaceMap}), or null when
     *     none has coordinates or the filter was refused
     */
    public record Index(
            Filters filters,
            List<WeekGroup> weeks,
            long total,
            int page,
            int pageCount,
            String previous,
            String next,
            String error,
            FeedLinks feeds,
            FilterFix fix,
            long hidden,
            String latest,
            boolean nothingUpcoming,
            PlaceMap.View map) {}

    /**
     * One event's page.
     *
     * @param event the event as lists show it
     * @param status "Listed", or "No longer listed" when the newest issue no longer lists it
     * @param groupUrl the group's own page, or null
     * @param firstIssue the first issue that listed it
     * @param lastIssue the newest issue that listed it
     * @param history the issues that listed it and what each changed, oldest first
     * @param jsonLd the schema.org Event as JSON-LD, escaped for a {@code <script>} block
     * @param apiPath its JSON at {@code /api/events/{id}}
     * @param listedIn the history in a sentence ("Listed in 4 issues of This Week in Rust, from
     *     TWiR 543 to TWiR 665.")
     * @param calendarPath the event alone as iCalendar, {@code /events/{id}/calendar.ics}
     * @param google Google Calendar's template link for it ({@link GoogleCalendar})
     */
    public record EventPage(
            EventRow event,
            String status,
            String groupUrl,
            int firstIssue,
            int lastIssue,
            List<HistoryEntry> history,
            String jsonLd,
            String apiPath,
            String listedIn,
            String calendarPath,
            String google) {}

    /**
     * A group's page.
     *
     * @param slug the group's slug
     * @param name its name as the newest listing wrote it
     * @param url its own page, or null
     * @param home where most of its in-person events were, or null
     * @param eventCount its events over the whole history
     * @param since the first day of its first event, for people
     * @param upcoming its events from today on
     * @param past this page of its past events, newest first (at most {@link WebPages#PAST_LIMIT})
     * @param pastTotal its past events over all pages
     * @param page the 1-based page of past events
     * @param pageCount the number of such pages (1 when it has none)
     * @param previous the previous page's URL (newer events), or null
     * @param next the next page's URL (older events), or null
     * @param subscribe its own feed, {@code /groups/{slug}/calendar.ics}
     */
    public record GroupPage(
            String slug,
            String name,
            String url,
            String home,
            long eventCount,
            String since,
            List<EventRow> upcoming,
            List<EventRow> past,
            long pastTotal,
            int page,
            int pageCount,
            String previous,
            String next,
            SubscribeLinks subscribe) {}

    /**
     * The statistics page.
     *
     * @param columns the table's columns after "Month": the regions, {@link
     *     StatsChart#NO_REGION_LABEL}, "Total"
     * @param rows one per month since the first event, newest first
     * @param totals each column's sum
     * @param events the number of events counted
     * @param first the first month ({@code 2013-05})
     * @param last the last month
     * @param chart the chart's widest form, the {@code <img>}
     * @param sources its narrower forms, narrowest first (the browser takes the first {@code
     *     <source>} whose {@code media} matches)
     * @param map where every event listed took place ({@link PlaceMap}), or null when none has
     *     coordinates
     */
    public record Stats(
            List<String> columns,
            List<StatsRow> rows,
            List<Long> totals,
            long events,
            String first,
            String last,
            StatsChart.Form chart,
            List<StatsChart.Form> sources,
            PlaceMap.View map) {}

    /**
     * One month of the statistics table.
     *
     * @param month {@code YYYY-MM}
     * @param partial whether the month is not over yet (the current month, or a later one whose
     *     events are listed so far): its counts will still grow
     * @param counts events per column of {@link Stats#columns}
     */
    public record StatsRow(String month, boolean partial, List<Long> counts) {}

    /**
     * The embeddable list.
     *
     * @param events the next events of the filter
     * @param base the service's public URL (links leave the frame for it)
     * @param more the main page with the same filter (absolute URL)
     * @param title what the list shows ("Upcoming Rust events in Europe")
     * @param theme its colours: the host page's choice or the viewer's setting
     */
    public record Embed(
            List<EventRow> events, String base, String more, String title, EmbedTheme theme) {}
}
