package dev.rustyevents.scrape;

import dev.rustyevents.vocabulary.RegionHeading;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Reads the "Upcoming Events" section of a TWiR issue: finds the {@code <h1>}/{@code <h2>}
 * "Upcoming Events" ("Upcoming Meetups" in 2014-11/12, "Meetups" in 2013-14: {@link SectionTitle}),
 * walks its siblings up to the next {@code <h1>}/{@code <h2>} that is not a region heading ({@link
 * RegionHeading}; "Jobs", "Quote of the Week" end it), takes each {@code <h3>} as the region
 * heading of what follows and cuts lists and paragraphs into source lines ({@link SourceLine}:
 * nesting, sibling items and lines merged into another item do not matter). The era's {@link
 * ListingFormat} says which lines start an entry and reads each entry; the lines after an entry's
 * first line belong to it. Paragraphs that are not entries ("Rusty Events between …", "If you are
 * running a Rust event …") are skipped. The format is that of the era whose dates contain the
 * issue's date ({@link Era#TABLE}); an issue dated before the first era gets a problem, no
 * listings.
 */
public final class UpcomingEventsParser {

    /**
     * How many years from the issue date an entry's first day may lie: further, it is a typo or
     * garbage ({@code 9999-12-31}, {@code 0000-01-01}) and the entry a problem, not a listing. The
     * corpus's ground truth has entries from 730 days before (year typos: {@code 2022-10-03} in
     * issue 567 of 2024) to 387 days after the issue date.
     */
    public static final int PLAUSIBLE_YEARS = 3;

    /**
     * The most entries read from one section: 1000, fifteen times the corpus's most (65). The
     * entries past it are not read but counted in one problem, so a page of megabytes of event
     * lines costs a bounded time and memory (and an ingest a bounded number of events).
     */
    public static final int MAX_ENTRIES = 1000;

    /**
     * The longest entry read, in characters of its text: 4000, what the store keeps of an entry's
     * text; the corpus's longest is 861. A longer one is reported, not read: the formats' patterns
     * are not all linear in the length of what they search.
     */
    public static final int MAX_ENTRY_CHARS = 4000;

    /**
     * @param content the issue's HTML: a whole page, or the article body from a feed item; its base
     *     URI is the issue's canonical live URL, so relative links resolve
     * @param issueDate the issue's publication date (picks the era's format; used where a date
     *     needs a year)
     * @return the listings read and the problems met; {@code sectionFound} false when there is no
     *     events heading, or the heading is there but no event list follows it (a stripped copy: an
     *     ingest must change nothing); never throws on odd input
     */
    public ParseResult parse(Element content, LocalDate issueDate) {
        try {
            return read(content, issueDate);
        } catch (RuntimeException e) {
            // entries are read one by one and cannot get here; this guards the search for the
            // section
            return new ParseResult(
                    false,
                    List.of(),
                    List.of(ParseProblem.because("could not read the page: " + e)),
                    false);
        }
    }

    private ParseResult read(Element content, LocalDate issueDate) {
        Element heading = SectionTitle.eventsHeading(content).orElse(null);
        if (heading == null) {
            return ParseResult.noSection();
        }
        ListingFormat format = Era.of(issueDate).map(Era::format).orElse(null);
        if (format == null) {
            return new ParseResult(
                    true,
                    List.of(),
                    List.of(
                            ParseProblem.because(
                                            "no reader for the events format of issues dated "
                                                    + issueDate)
                                    .withRaw(SourceLine.collapse(heading.text()))),
                    false);
        }
        return new Walk(format, issueDate).run(heading);
    }

    /**
     * A region heading written one level too high: {@code # Oceania} in twir-557 renders as an
     * {@code <h1>} inside the section; such a heading does not end the section.
     */
    private static boolean isRegionHeading(Element el) {
        return el.normalName().matches("h[1-6]")
                && RegionHeading.isHeading(SourceLine.collapse(el.text()));
    }

    /** The state of one pass over a section. */
    private static final class Walk {
        private final ListingFormat format;
        private final LocalDate issueDate;
        private final List<Listing> listings = new ArrayList<>();
        private final List<ParseProblem> problems = new ArrayList<>();
        private String region;
        private List<SourceLine> current;
        private String currentRegion;
        private int entries;
        private int skipped;
        private boolean sawList;
        private boolean ended;

        Walk(ListingFormat format, LocalDate issueDate) {
            this.format = format;
            this.issueDate = issueDate;
        }

        ParseResult run(Element sectionHeading) {
            for (Element el = sectionHeading.nextElementSibling();
                    el != null;
                    el = el.nextElementSibling()) {
                String tag = el.normalName();
                boolean regionHeading = isRegionHeading(el);
                if ((tag.equals("h1") || tag.equals("h2")) && !regionHeading) {
                    ended = true;
                    break;
                }
                try {
                    if (tag.matches("h[3-6]") || regionHeading) {
                        flush();
                        region = SourceLine.collapse(el.text()); // as printed, "South America:" too
                    } else if (tag.equals("ul") || tag.equals("ol")) {
                        sawList = true;
                        lines(SourceLine.collect(el, false));
                    } else {
                        flush();
                        lines(SourceLine.collect(el, true));
                        flush();
                    }
                } catch (RuntimeException e) {
                    current = null;
                    problems.add(
                            ParseProblem.because("could not walk this part of the section: " + e)
                                    .withHeading(region)
                                    .withRaw(SourceLine.collapse(el.text())));
                }
            }
            flush();
            if (skipped > 0) {
                problems.add(
                        ParseProblem.because(
                                skipped
                                        + " more entries not read: a section is read up to "
                                        + MAX_ENTRIES
                                        + " entries"));
            }
            if (!sawList && listings.isEmpty() && entries == 0) {
                return new ParseResult(
                        false,
                        List.of(),
                        List.of(
                                ParseProblem.because(
                                        "the Upcoming Events heading is there but no event list follows it")),
                        ended);
            }
            return new ParseResult(true, List.copyOf(listings), List.copyOf(problems), ended);
        }

        private void lines(List<SourceLine> lines) {
            for (SourceLine line : lines) {
                if (format.startsEntry(line)) {
                    flush();
                    current = new ArrayList<>(List.of(line));
                    currentRegion = region;
                } else if (current != null) {
                    current.add(line);
                } else if (!line.inParagraph()) {
                    problems.add(
                            ParseProblem.because(
                                            "list line that is no event line and follows no event line")
                                    .withHeading(region)
                                    .withRaw(line.text()));
                }
            }
        }

        private void flush() {
            if (current == null) {
                return;
            }
            if (entries >= MAX_ENTRIES) {
                current = null;
                skipped++;
                return;
            }
            int length = current.stream().mapToInt(line -> line.text().length() + 1).sum();
            if (length > MAX_ENTRY_CHARS) {
                String start = current.get(0).text();
                problems.add(
                        ParseProblem.because(
                                        "an entry of "
                                                + length
                                                + " characters: longer than "
                                                + MAX_ENTRY_CHARS
                                                + ", not read")
                                .withHeading(currentRegion)
                                .withRaw(start.substring(0, Math.min(start.length(), 200))));
                entries++;
                current = null;
                return;
            }
            ListingFormat.Entry entry =
                    new ListingFormat.Entry(entries++, currentRegion, List.copyOf(current));
            current = null;
            try {
                Listing listing = format.read(entry, issueDate);
                LocalDate start = listing.startDate();
                if (start != null
                        && (start.isBefore(issueDate.minusYears(PLAUSIBLE_YEARS))
                                || start.isAfter(issueDate.plusYears(PLAUSIBLE_YEARS)))) {
                    problems.add(
                            problem(
                                    entry,
                                    "date "
                                            + start
                                            + " lies more than "
                                            + PLAUSIBLE_YEARS
                                            + " years from the issue date "
                                            + issueDate));
                } else {
                    listings.add(listing);
                }
            } catch (UnreadableEntryException e) {
                problems.add(problem(entry, e.getMessage()));
            } catch (RuntimeException e) {
                problems.add(problem(entry, "unexpected error reading the entry: " + e));
            }
        }

        private static ParseProblem problem(ListingFormat.Entry entry, String reason) {
            return ParseProblem.because(reason).withHeading(entry.heading()).withRaw(entry.raw());
        }
    }
}
