package dev.rustyevents.web;

import dev.rustyevents.event.EventPlace;
import dev.rustyevents.event.StoredListing;
import dev.rustyevents.event.TwirIssue;
import dev.rustyevents.event.VisibleFields;
import dev.rustyevents.vocabulary.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One TWiR issue's listing of an event, and what it changed since the issue before: the event's
 * history as its page shows it.
 *
 * @param issue the issue number
 * @param issueUrl the issue's canonical URL on this-week-in-rust.org
 * @param published the issue's date, ISO 8601
 * @param heading the region heading it was listed under ("Europe", "Virtual"), or null
 * @param dates the days as that listing gave them
 * @param raw the listing's text as parsed (first line), for provenance
 * @param changes what differs from the previous listing ("Date: … → …"); empty for the first
 *     listing and for a listing that repeats the previous one. A field a listing leaves out is not
 *     a change (the stored event keeps it, as ingest does)
 * @param callForProposals true for an issue that named the event only in its "Call for
 *     Participation" section (a conference's call for proposals): no listing, so {@code dates},
 *     {@code raw} and {@code heading} are null. Such an issue is one of the event's {@code
 *     firstIssue}/{@code lastIssue}, and so one of the API's {@code issues}
 * @param firstListing true for the oldest listing (not a call for proposals)
 */
public record HistoryEntry(
        int issue,
        String issueUrl,
        String published,
        String heading,
        String dates,
        String raw,
        List<String> changes,
        boolean callForProposals,
        boolean firstListing) {

    /**
     * @param listings the listings that became one event, oldest issue first
     * @param callsForProposals the issues that named the event in their "Call for Participation"
     *     section and not in a listing (see {@code api.dto.EventDto#issues}: the same issues)
     * @return one entry per listing and one per such issue, oldest issue first; changes are counted
     *     from listing to listing (a call names no date or place)
     */
    static List<HistoryEntry> of(
            List<StoredListing> listings, java.util.Collection<TwirIssue> callsForProposals) {
        List<HistoryEntry> entries = new ArrayList<>(of(listings));
        java.util.Set<Integer> listed = new java.util.HashSet<>();
        entries.forEach(e -> listed.add(e.issue()));
        for (TwirIssue i : callsForProposals) {
            if (listed.add(i.number)) {
                entries.add(
                        new HistoryEntry(
                                i.number,
                                i.url,
                                i.published == null ? null : i.published.toString(),
                                null,
                                null,
                                null,
                                List.of(),
                                true,
                                false));
            }
        }
        entries.sort(java.util.Comparator.comparingInt(HistoryEntry::issue));
        return entries;
    }

    private static List<HistoryEntry> of(List<StoredListing> listings) {
        List<HistoryEntry> entries = new ArrayList<>();
        StoredListing previous = null;
        for (StoredListing l : listings) {
            List<String> changes = previous == null ? List.of() : changes(previous, l);
            entries.add(
                    new HistoryEntry(
                            l.issue.number,
                            l.issue.url,
                            l.issue.published == null ? null : l.issue.published.toString(),
                            l.regionHeading,
                            l.startDate == null ? null : Dates.span(l.startDate, l.endDate),
                            firstLine(l.raw),
                            changes,
                            false,
                            previous == null));
            previous = l;
        }
        return entries;
    }

    /**
     * @return what a subscriber sees differ, aspect by aspect of {@link VisibleFields.Aspect}, in
     *     its order
     */
    private static List<String> changes(StoredListing before, StoredListing after) {
        List<String> changes = new ArrayList<>();
        for (VisibleFields.Aspect aspect : VisibleFields.Aspect.values()) {
            String was = shown(aspect, before);
            String is = shown(aspect, after);
            if (is != null && !Objects.equals(was, is)) {
                changes.add(label(aspect) + ": " + (was == null ? "(none)" : was) + " → " + is);
            }
        }
        return changes;
    }

    /**
     * @return the aspect of the listing as the page shows it (a group by its name), or null when
     *     the listing leaves it out
     */
    private static String shown(VisibleFields.Aspect aspect, StoredListing l) {
        return switch (aspect) {
            case DATE -> l.startDate == null ? null : Dates.span(l.startDate, l.endDate);
            case TITLE -> l.title;
            case MODE -> EventRow.modeLabel(l.mode);
            case PLACE -> place(l);
            case GROUP -> l.groupName;
            case LINK -> l.eventUrl;
        };
    }

    private static String label(VisibleFields.Aspect aspect) {
        return switch (aspect) {
            case DATE -> "Date";
            case TITLE -> "Title";
            case MODE -> "Mode";
            case PLACE -> "Place";
            case GROUP -> "Group";
            case LINK -> "Link";
        };
    }

    /**
     * @return the listing's place ({@link EventPlace}), or null when it gave none or was online
     *     only
     */
    private static String place(StoredListing l) {
        if (l.mode == Mode.VIRTUAL || l.city == null && l.country == null) {
            return null;
        }
        return EventPlace.display(l.mode, l.city, l.subdivision, l.country, null);
    }

    private static String firstLine(String raw) {
        if (raw == null) {
            return null;
        }
        String line = raw.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
