package dev.rustyevents.scrape;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The events list of era E9 (ground-truth format {@code isodate-pipes-twoline}): an event line
 * {@code 2022-06-01 | Indianapolis, IN, US | <a>Group</a>} followed by one or more title lines
 * {@code <a><strong>Title</strong></a>} (normally a nested list; sibling items, an inline {@code
 * *}, or a {@code $} before the link are the same for this reader, since the section walker hands
 * over lines, not list items).
 *
 * <p>Rules and their source (the flags of the ground truth that name each trap):
 *
 * <ul>
 *   <li>date: {@link IsoDateRange};
 *   <li>location: the text between the date and the first group link, pipes stripped ({@code
 *       pipe_without_space}, {@code empty_pipe_field}, {@code missing_pipe_before_group}); mode and
 *       place: {@link LocationParser};
 *   <li>group: the first link of the event line, its text trimmed ({@code
 *       trailing_space_in_group_link_text}) and absolute URL; with no link, a Markdown link left as
 *       text ({@code [Name] (url)}, {@code broken_group_link_markup}) or the plain text ({@code
 *       group_without_link});
 *   <li>title: the first link of the first title line that has one, emphasis removed, also the
 *       literal asterisks that broken bold leaves at either end ({@code
 *       space_before_closing_bold}); a title line without a link gives its bold text ({@code
 *       title_without_link}).
 * </ul>
 */
final class IsoDateListingFormat implements ListingFormat {

    /** What separates the date, the place and the group of an event line. */
    private static final String FIELD = "|";

    /** {@link #FIELD} as written, a space either side. */
    private static final String FIELD_SEPARATOR = " " + FIELD + " ";

    private static final String BULLET = "* ";

    /** A title line is a list nested in the event line's item: four spaces. */
    private static final String TITLE_INDENT = "    ";

    private static final Pattern MARKDOWN_LINK =
            Pattern.compile("\\[([^\\]]+)]\\s*\\(+\\s*(https?://[^)\\s]+)\\s*\\)");

    /**
     * An event line starts with the date, as text (a title link whose text starts with a date does
     * not count).
     */
    @Override
    public boolean startsEntry(SourceLine line) {
        Node first =
                line.nodes().stream()
                        .filter(n -> !(n instanceof TextNode t) || !t.isBlank())
                        .findFirst()
                        .orElse(null);
        return first instanceof TextNode && IsoDateRange.startsWithDate(line.text());
    }

    @Override
    public Listing read(Entry entry, LocalDate issueDate) throws UnreadableEntryException {
        SourceLine eventLine = entry.lines().get(0);
        IsoDateRange dates;
        try {
            dates =
                    IsoDateRange.parse(eventLine.text())
                            .orElseThrow(
                                    () ->
                                            new UnreadableEntryException(
                                                    "no ISO date at the start of the line"));
        } catch (IsoDateRange.InvalidDateException e) {
            throw new UnreadableEntryException("invalid date: " + e.getMessage());
        }

        List<Element> groupLinks = eventLine.links();
        String head = textBeforeFirstLink(eventLine);
        String afterDate = head.substring(Math.min(dates.length(), head.length()));
        String[] fields = afterDate.split(Pattern.quote(FIELD), -1);
        // fields[0] is what followed the date before the first pipe (normally nothing)
        String location =
                fields.length > 1 ? SourceLine.collapse(fields[1]) : SourceLine.collapse(fields[0]);
        String groupName = null;
        String groupUrl = null;
        if (!groupLinks.isEmpty()) {
            groupName = emptyToNull(SourceLine.collapse(groupLinks.get(0).text()));
            groupUrl = Links.url(groupLinks.get(0));
        } else if (fields.length > 2) {
            String groupText = SourceLine.collapse(fields[2]);
            Matcher link = MARKDOWN_LINK.matcher(groupText);
            if (link.find()) {
                groupName = SourceLine.collapse(link.group(1));
                groupUrl = link.group(2);
            } else {
                groupName = emptyToNull(groupText);
            }
        }

        String title = null;
        String eventUrl = null;
        for (SourceLine line : entry.lines().subList(1, entry.lines().size())) {
            List<Element> links = line.links();
            if (!links.isEmpty()) {
                title = VisibleText.clean(links.get(0).text());
                eventUrl = title == null ? null : Links.url(links.get(0));
            } else {
                title =
                        line.nodes().stream()
                                .filter(n -> n instanceof Element)
                                .map(n -> ((Element) n).selectFirst("strong, b, em, i"))
                                .filter(e -> e != null)
                                .map(e -> VisibleText.clean(e.text()))
                                .filter(t -> t != null)
                                .findFirst()
                                .orElse(null);
            }
            if (title != null) {
                break;
            }
        }

        LocationParser.Place place = LocationParser.parse(location, entry.heading());
        return entry.listing()
                .startDate(dates.start())
                .endDate(dates.end())
                .mode(place.mode())
                .locationRaw(emptyToNull(location))
                .city(place.city())
                .subdivision(place.subdivision())
                .country(place.country())
                .groupName(groupName)
                .groupUrl(groupUrl)
                .title(title)
                .eventUrl(eventUrl)
                .build();
    }

    /**
     * The inverse of {@link #read}, TWiR's current two-line form: {@code * DATE | PLACE |
     * [Group](url)}, then {@code * [**Title**](url)} indented by four spaces. The date is {@link
     * IsoDateRange#write}; the place is the column as read ({@link Listing#locationRaw}, so TWiR's
     * own spelling comes back: {@code UK}, {@code Hybrid (…)}), else {@link LocationParser#write}
     * of the parsed place; a group or title without a link is written without one; no title, no
     * title line.
     *
     * @param listing a listing with a start date
     * @return the entry's lines; empty when the listing has no start date (nothing to write)
     */
    @Override
    public Optional<String> write(Listing listing) {
        if (listing.startDate() == null) {
            return Optional.empty();
        }
        StringBuilder md = new StringBuilder(BULLET);
        md.append(IsoDateRange.write(listing.startDate(), listing.endDate()))
                .append(FIELD_SEPARATOR)
                .append(placeColumn(listing));
        if (listing.groupName() != null) {
            md.append(FIELD_SEPARATOR).append(link(listing.groupName(), listing.groupUrl()));
        }
        if (listing.title() != null) {
            md.append('\n')
                    .append(TITLE_INDENT)
                    .append(BULLET)
                    .append(link("**" + listing.title() + "**", listing.eventUrl()));
        }
        return Optional.of(md.toString());
    }

    /**
     * @param listing a listing's parsed fields
     * @return its place column as {@link #write} writes it: as read ({@link Listing#locationRaw}),
     *     else {@link LocationParser#write} of the parsed place
     */
    static String placeColumn(Listing listing) {
        return listing.locationRaw() != null
                ? listing.locationRaw()
                : LocationParser.write(
                        listing.mode(), listing.city(), listing.subdivision(), listing.country());
    }

    private static String link(String text, String url) {
        return url == null ? text : "[" + text + "](" + url + ")";
    }

    /**
     * The visible text of the line's nodes up to the first link (or the whole line without one).
     */
    private static String textBeforeFirstLink(SourceLine line) {
        StringBuilder text = new StringBuilder();
        for (Node node : line.nodes()) {
            if (node instanceof TextNode t) {
                text.append(t.getWholeText());
            } else if (node instanceof Element e) {
                if (e.normalName().equals("a") || e.selectFirst("a") != null) {
                    break;
                }
                text.append(e.text());
            }
        }
        return SourceLine.collapse(text.toString());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
