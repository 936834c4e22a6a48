package dev.rustyevents.scrape;

import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Listings written back as TWiR's "Upcoming Events" Markdown: the inverse of {@link
 * UpcomingEventsParser}. Each entry is written by the format of the current era ({@link
 * Era#current()}, so the date and field rules the parser reads are the ones written); this class
 * adds the region headings ({@code ### Virtual}, {@code ### Europe}: level 3 under TWiR's {@code ##
 * Upcoming Events}) and their order. The output is the section's body, to paste under that heading.
 */
public final class TwirMarkdown {

    /** The heading TWiR lists virtual and hybrid events under, first of all headings. */
    public static final String VIRTUAL = "Virtual";

    /** The heading of events with no continent that are not virtual (TWiR has none). */
    public static final String ELSEWHERE = "Elsewhere";

    private static final String HEADING = "### ";

    private TwirMarkdown() {}

    /**
     * One region heading and its entries.
     *
     * @param heading the heading as printed ({@code North America})
     * @param listings its entries, in the order they are written
     */
    public record Section(String heading, List<Listing> listings) {}

    /**
     * @param listing a listing's parsed fields
     * @return its Markdown lines in the current era's form ({@code \n}-joined, no final newline);
     *     empty when it cannot be written (no start date)
     */
    public static Optional<String> entry(Listing listing) {
        return Era.current().format().write(listing);
    }

    /**
     * The sections of one issue as stored: each listing under the heading it stood under, headings
     * and entries in page order (TWiR's own order, a hybrid event under each heading that listed
     * it).
     *
     * @param listings an issue's listings in page order
     * @return the sections, in the order their headings first appear; listings without a heading
     *     form a section of heading null
     */
    public static List<Section> asListed(List<Listing> listings) {
        Map<String, List<Listing>> byHeading = new LinkedHashMap<>();
        for (Listing l : listings) {
            byHeading.computeIfAbsent(l.regionHeading(), h -> new ArrayList<>()).add(l);
        }
        List<Section> sections = new ArrayList<>();
        byHeading.forEach((h, ls) -> sections.add(new Section(h, ls)));
        return sections;
    }

    /**
     * The sections as TWiR arranges them: {@value #VIRTUAL} first (virtual and hybrid events), then
     * each continent in {@link Region}'s order (Africa, Asia, Europe, North America, Oceania, South
     * America: TWiR's, as every issue since 2022-03 prints them), a hybrid event under both {@value
     * #VIRTUAL} and its continent; within a section by date, then place column, group and title
     * (TWiR's order within a day in 94 % of the corpus's same-day neighbours).
     *
     * @param listings listings whose {@link Listing#regionHeading} is their continent's heading, or
     *     null when the place has no continent
     * @return the non-empty sections; in-person events without a continent last, under {@value
     *     #ELSEWHERE}
     */
    public static List<Section> inTwirOrder(List<Listing> listings) {
        Map<String, List<Listing>> byHeading = new LinkedHashMap<>();
        byHeading.put(VIRTUAL, new ArrayList<>());
        for (Region r : Region.values()) {
            byHeading.put(r.heading(), new ArrayList<>());
        }
        byHeading.put(ELSEWHERE, new ArrayList<>());
        for (Listing l : listings) {
            boolean online = l.mode() == Mode.VIRTUAL || l.mode() == Mode.HYBRID;
            if (online) {
                byHeading.get(VIRTUAL).add(l);
            }
            if (l.regionHeading() != null && byHeading.containsKey(l.regionHeading())) {
                if (l.mode() != Mode.VIRTUAL) {
                    byHeading.get(l.regionHeading()).add(l);
                }
            } else if (!online) {
                byHeading.get(ELSEWHERE).add(l);
            }
        }
        Comparator<String> text = Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER);
        Comparator<Listing> order =
                Comparator.comparing(
                                Listing::startDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(IsoDateListingFormat::placeColumn, text)
                        .thenComparing(Listing::groupName, text)
                        .thenComparing(Listing::title, text);
        List<Section> sections = new ArrayList<>();
        byHeading.forEach(
                (h, ls) -> {
                    if (!ls.isEmpty()) {
                        ls.sort(order);
                        sections.add(new Section(h, ls));
                    }
                });
        return sections;
    }

    /**
     * @param sections the sections to write
     * @return the Markdown: per section its {@code ###} heading (none for a null heading), a blank
     *     line, its entries one after the other, and a blank line; entries {@link #entry} cannot
     *     write are left out; sections left empty are left out; an empty string when nothing is
     *     written
     */
    public static String write(List<Section> sections) {
        StringBuilder md = new StringBuilder();
        for (Section s : sections) {
            List<String> entries =
                    s.listings().stream()
                            .map(TwirMarkdown::entry)
                            .flatMap(Optional::stream)
                            .toList();
            if (entries.isEmpty()) {
                continue;
            }
            if (s.heading() != null) {
                md.append(HEADING).append(s.heading()).append("\n\n");
            }
            for (String e : entries) {
                md.append(e).append('\n');
            }
            md.append('\n');
        }
        return md.toString();
    }
}
