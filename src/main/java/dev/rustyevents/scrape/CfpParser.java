package dev.rustyevents.scrape;

import dev.rustyevents.vocabulary.Region;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads TWiR's "CFP - Events" section: conferences whose call for proposals is open, one per list
 * item (an {@code <h3>} under "Call for Participation; projects and speakers", since issue 549,
 * 2024-05; called "CFP - Speakers" from 2024-02 to 2024-05). The section's own template is {@code
 * [**name**](CFP link) | closing date | city, state, country | event date}, but the entries of the
 * corpus vary, so fields are told apart by what they say, not only by position:
 *
 * <ul>
 *   <li>fields are the {@code |}-separated parts of an item (a paragraph counts when it has a
 *       {@code |}: issues 589 and 601 lost the bullet); a field with no {@code |} before it is read
 *       as well ({@code NDC Techtown CFP closes 2024-04-14 | …});
 *   <li>name and links: the name is the first link's text; a link labelled {@code CFP} is the call
 *       and the name's link then the event's site; a field that is only a link labelled {@code
 *       Event Page} / {@code Event Website} is the event's site; see {@link CfpListing};
 *   <li>dates: an ISO date or range ({@link IsoDateRange}: {@code 2026-09-21 to 23}, {@code
 *       2025-10-09–2025-10-10}), a day-month-year date ({@code 30 November 2024}) or a
 *       month-day-year date ({@link WrittenDate}); a date field says what it is by its words
 *       ({@code Closes}, {@code CFP open until}, {@code Deadline:}, {@code (extended)} → closing
 *       date; {@code Event date:}, {@code Event on} → event); unlabelled, the first single date is
 *       the closing date and the next date the event's;
 *   <li>place: the first field that is neither a date nor a link label, {@link
 *       LocationParser#parseConference}.
 * </ul>
 *
 * <p>Implausible dates (the corpus has year typos: 581, 627, 645) are corrected only where one
 * reading alone makes sense, and the listing's {@code note} says so; otherwise the event dates are
 * left out (noted) or, for the closing date, the entry becomes a problem. The rules, in this order:
 *
 * <ol>
 *   <li>an event longer than {@value #MAX_EVENT_DAYS} days has its dates left out: which end is
 *       wrong cannot be told (issue 645's {@code 2024-09-09 - 2026-09-12} is the 2024 edition's
 *       dates with one year changed; the 2026 edition is 09-21 .. 09-24);
 *   <li>the closing date must lie between {@value #DEADLINE_DAYS_BEFORE_ISSUE} days before and
 *       {@value #DEADLINE_DAYS_AFTER_ISSUE} days after the issue date (TWiR lists calls that are
 *       open, now and then one that closed a few days ago); outside, it is a year typo when exactly
 *       one of the issue's year, the year before and the year after puts it inside, not after the
 *       event's start and {@value #MAX_YEAR_TYPO} year from the year written ({@code Closes on
 *       2024-01-12} in issue 581 of 2025-01-08 → 2025-01-12); otherwise, and when the event's dates
 *       failed rule 1 as well (a line copied from an earlier edition, as in 645: its 2026 call
 *       closed on 2026-05-03, not on 2026-04-14), the entry is a problem;
 *   <li>an event cannot start before its call closes: a start before the closing date is a year
 *       typo when one year later is not ({@code 2025-03-19} with a call closing 2025-11-24, issue
 *       627 → 2026-03-19); otherwise the event's dates are left out.
 * </ol>
 *
 * Pure: no I/O, never throws on odd input.
 */
public final class CfpParser {

    /**
     * Days before the issue date that a listed call may have closed (TWiR 627 lists one closed 2
     * days before).
     */
    static final int DEADLINE_DAYS_BEFORE_ISSUE = 60;

    /** Days after the issue date that a listed call may close. */
    static final int DEADLINE_DAYS_AFTER_ISSUE = 366;

    /** The year typo corrected in a closing date: one year off. */
    static final int MAX_YEAR_TYPO = 1;

    /** The longest conference that is believed (the corpus's longest: 6 days). */
    static final int MAX_EVENT_DAYS = 31;

    private static final Pattern NOTHING_THIS_WEEK =
            Pattern.compile("(?i)^no\\b.*\\b(calls?|cfps?|submissions?)\\b");
    private static final Pattern CFP_LABEL =
            Pattern.compile(
                    "(?i)cfp|call for (?:papers|proposals|speakers|talks|talk proposals|presentations|submissions)|submit(?: a)? talks?|submissions?");
    private static final Pattern EVENT_PAGE_LABEL =
            Pattern.compile("(?i)(?:event|conference)?\\s*(?:page|web ?site|site|home ?page)");
    private static final Pattern NAME_SUFFIX =
            Pattern.compile(
                    "(?i)[\\s:(–-]*\\b(?:cfp|call for (?:papers|proposals|speakers|talks|talk proposals|presentations|submissions))\\)?$");
    private static final Pattern DEADLINE_WORDS =
            Pattern.compile(
                    "(?i)\\b(?:closes?|closed|closing|deadline|until|due|cfp|call|submit\\w*|extended)\\b");
    private static final Pattern EVENT_WORDS =
            Pattern.compile("(?i)\\b(?:event|conference|takes? place|held)\\b");

    /**
     * {@code 30 November 2024}, {@code 13-15 May 2025}: groups first day (or null), day, month
     * name, year.
     */
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile(
                    "(?i)(?<![\\d-])(?:(\\d{1,2})\\s*[-–]\\s*)?(\\d{1,2})(?:st|nd|rd|th)?\\s+"
                            + WrittenDate.MONTH
                            + ",?\\s+(\\d{4})(?!\\d)");

    private static final Pattern NAME_END =
            Pattern.compile(DEADLINE_WORDS.pattern() + "|" + IsoDateRange.ANYWHERE.pattern());
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s:|–-]+|[\\s:|,–-]+$");

    /**
     * @param content the issue's HTML (a whole page, the feed's article, or what {@link
     *     PlainTextPage} makes of a text copy); its base URI is the issue's canonical URL, so
     *     relative links resolve
     * @param issueDate the issue's publication date, for the closing-date rule (see class comment);
     *     null skips that rule
     * @return the entries read and the problems met; never throws on odd input
     */
    public CfpResult parse(Element content, LocalDate issueDate) {
        try {
            return read(content, issueDate);
        } catch (RuntimeException e) {
            // entries are read one by one and cannot get here; this guards the search for the
            // section
            return new CfpResult(
                    false,
                    List.of(),
                    List.of(ParseProblem.because("could not read the page: " + e)));
        }
    }

    private CfpResult read(Element content, LocalDate issueDate) {
        Element heading = SectionTitle.cfpHeading(content).orElse(null);
        if (heading == null) {
            return CfpResult.noSection();
        }
        List<Element> candidates = new ArrayList<>();
        for (Element el = heading.nextElementSibling(); el != null; el = el.nextElementSibling()) {
            if (el.normalName().matches("h[1-6]") && level(el) <= level(heading)) {
                break;
            }
            if (el.normalName().equals("ul") || el.normalName().equals("ol")) {
                candidates.addAll(el.select("li"));
            } else {
                candidates.add(el);
            }
        }
        List<CfpListing> listings = new ArrayList<>();
        List<ParseProblem> problems = new ArrayList<>();
        int position = 0;
        for (Element candidate : candidates) {
            if (position >= UpcomingEventsParser.MAX_ENTRIES) {
                problems.add(
                        ParseProblem.because(
                                "more entries not read: a section is read up to "
                                        + UpcomingEventsParser.MAX_ENTRIES
                                        + " entries"));
                break;
            }
            Splitter split = new Splitter();
            split.walk(candidate);
            split.end();
            if (split.all.length() > UpcomingEventsParser.MAX_ENTRY_CHARS) {
                problems.add(
                        ParseProblem.because(
                                        "an entry of "
                                                + split.all.length()
                                                + " characters: longer than "
                                                + UpcomingEventsParser.MAX_ENTRY_CHARS
                                                + ", not read")
                                .withRaw(split.all.substring(0, 200)));
                position++;
                continue;
            }
            String raw = SourceLine.collapse(split.all.toString());
            boolean item = candidate.normalName().equals("li");
            if (raw.isEmpty()
                    || NOTHING_THIS_WEEK.matcher(raw).find()
                    || !item && split.fields.size() < 2) {
                continue; // the "nothing this week" notice, or prose around the list
            }
            try {
                listings.add(read(position, raw, split.fields, issueDate));
            } catch (UnreadableEntryException e) {
                problems.add(ParseProblem.because(e.getMessage()).withRaw(raw));
            } catch (RuntimeException e) {
                problems.add(
                        ParseProblem.because("unexpected error reading the entry: " + e)
                                .withRaw(raw));
            }
            position++;
        }
        return new CfpResult(true, List.copyOf(listings), List.copyOf(problems));
    }

    private static CfpListing read(
            int position, String raw, List<Field> fields, LocalDate issueDate)
            throws UnreadableEntryException {
        Field first = fields.get(0);
        Element cfpLink =
                fields.stream()
                        .flatMap(f -> f.links().stream())
                        .filter(a -> CFP_LABEL.matcher(SourceLine.collapse(a.text())).matches())
                        .findFirst()
                        .orElse(null);
        Element nameLink =
                first.links().stream()
                        .filter(a -> a != cfpLink && !SourceLine.collapse(a.text()).isEmpty())
                        .findFirst()
                        .orElse(null);
        String name;
        String rest;
        String cfpUrl = cfpLink == null ? null : Links.url(cfpLink);
        String eventUrl = null;
        if (nameLink != null) {
            String linkText = SourceLine.collapse(nameLink.text());
            name = cleanName(linkText);
            int at = first.text().indexOf(linkText);
            rest = at < 0 ? "" : first.text().substring(at + linkText.length());
            if (cfpLink == null) {
                cfpUrl = Links.url(nameLink);
            } else {
                eventUrl = Links.url(nameLink);
            }
        } else {
            Matcher end = NAME_END.matcher(first.text());
            int cut = end.find() ? end.start() : first.text().length();
            name = cleanName(first.text().substring(0, cut));
            rest = first.text().substring(cut);
        }
        if (name == null) {
            throw new UnreadableEntryException("no conference name before the first '|'");
        }

        List<Dated> dated = new ArrayList<>();
        String place = null;
        List<Field> others = new ArrayList<>();
        if (!rest.isBlank()) {
            others.add(new Field(SourceLine.collapse(rest), List.of(), true));
        }
        others.addAll(fields.subList(1, fields.size()));
        for (Field field : others) {
            String text = field.text();
            if (text.isEmpty()) {
                continue;
            }
            if (field.linkOnly()) {
                if (EVENT_PAGE_LABEL.matcher(text).matches()) {
                    eventUrl = eventUrl == null ? Links.url(field.links().get(0)) : eventUrl;
                    continue;
                }
                if (CFP_LABEL.matcher(text).matches()) {
                    continue;
                }
            }
            Optional<Dated> dates = dates(text);
            if (dates.isPresent()) {
                dated.add(dates.get());
            } else if (place == null && !field.ofName()) {
                place = text;
            }
        }

        Dated closing =
                dated.stream()
                        .filter(d -> d.kind() == Kind.DEADLINE)
                        .findFirst()
                        .or(
                                () ->
                                        dated.stream()
                                                .filter(
                                                        d ->
                                                                d.kind() == Kind.UNLABELLED
                                                                        && d.end() == null
                                                                        && d.error() == null)
                                                .findFirst())
                        .orElseThrow(
                                () ->
                                        new UnreadableEntryException(
                                                dated.isEmpty()
                                                        ? "no date in the entry: a CFP line gives the closing date"
                                                        : "no field reads as the closing date (one date, labelled as the event's or a range)"));
        if (closing.error() != null) {
            throw new UnreadableEntryException(
                    "closing date '" + closing.text() + "': " + closing.error());
        }
        Dated event =
                dated.stream()
                        .filter(d -> d != closing && d.kind() == Kind.EVENT)
                        .findFirst()
                        .or(
                                () ->
                                        dated.stream()
                                                .filter(
                                                        d ->
                                                                d != closing
                                                                        && d.kind()
                                                                                == Kind.UNLABELLED)
                                                .findFirst())
                        .orElse(null);

        Plausible dates =
                new Plausible(
                        closing.end() != null ? closing.end() : closing.start(),
                        closing.text(),
                        event);
        dates.check(issueDate);
        LocationParser.Place where = LocationParser.parseConference(place);
        return CfpListing.builder()
                .position(position)
                .raw(raw)
                .name(name)
                .cfpUrl(cfpUrl)
                .eventUrl(eventUrl)
                .deadline(dates.deadline)
                .startDate(dates.start)
                .endDate(dates.end)
                .place(place, where)
                .region(Region.of(where.country(), null).orElse(null))
                .note(dates.notes.isEmpty() ? null : String.join("; ", dates.notes))
                .build();
    }

    /**
     * The closing and event dates of one entry, and the plausibility rules of the class comment.
     */
    private static final class Plausible {
        private final String closingText;
        private final List<String> notes = new ArrayList<>();
        private LocalDate deadline;
        private LocalDate start;
        private LocalDate end;

        Plausible(LocalDate deadline, String closingText, Dated event) {
            this.deadline = deadline;
            this.closingText = closingText;
            if (event != null && event.error() != null) {
                notes.add("event dates left out: '" + event.text() + "': " + event.error());
            } else if (event != null) {
                start = event.start();
                end = event.end();
            }
        }

        void check(LocalDate issueDate) throws UnreadableEntryException {
            String brokenSpan = null;
            if (start != null
                    && end != null
                    && ChronoUnit.DAYS.between(start, end) > MAX_EVENT_DAYS) {
                brokenSpan =
                        start
                                + " - "
                                + end
                                + " spans "
                                + ChronoUnit.DAYS.between(start, end)
                                + " days";
                notes.add("event dates left out: " + brokenSpan + ", more than " + MAX_EVENT_DAYS);
                start = null;
                end = null;
            }
            if (issueDate != null && !closesNear(deadline, issueDate)) {
                List<LocalDate> fits = new ArrayList<>();
                for (int year = issueDate.getYear() - 1; year <= issueDate.getYear() + 1; year++) {
                    LocalDate candidate = withYear(deadline, year);
                    if (candidate != null
                            && Math.abs(year - deadline.getYear()) <= MAX_YEAR_TYPO
                            && closesNear(candidate, issueDate)
                            && (start == null || !candidate.isAfter(start))) {
                        fits.add(candidate);
                    }
                }
                long days = ChronoUnit.DAYS.between(issueDate, deadline);
                String where =
                        Math.abs(days)
                                + " days "
                                + (days < 0 ? "before" : "after")
                                + " the issue date "
                                + issueDate;
                if (brokenSpan != null) {
                    throw new UnreadableEntryException(
                            "closing date '"
                                    + closingText
                                    + "' is "
                                    + where
                                    + " and the event's "
                                    + brokenSpan
                                    + ": the line looks copied from an earlier edition");
                }
                if (fits.size() != 1) {
                    throw new UnreadableEntryException(
                            "closing date '"
                                    + closingText
                                    + "' is "
                                    + where
                                    + " and no single other year fits (a listed call closes between "
                                    + DEADLINE_DAYS_BEFORE_ISSUE
                                    + " days before and "
                                    + DEADLINE_DAYS_AFTER_ISSUE
                                    + " days after the issue)");
                }
                notes.add(
                        "closing date "
                                + deadline
                                + " read as "
                                + fits.get(0)
                                + ": it is "
                                + where
                                + " (a year typo)");
                deadline = fits.get(0);
            }
            if (start != null && start.isBefore(deadline)) {
                LocalDate later = start.plusYears(1);
                if (!later.isBefore(deadline)) {
                    notes.add(
                            "event start "
                                    + start
                                    + " read as "
                                    + later
                                    + ": the event cannot start before its call closes on "
                                    + deadline
                                    + " (a year typo)");
                    start = later;
                    end = end == null ? null : end.plusYears(1);
                } else {
                    notes.add(
                            "event dates left out: the event would start on "
                                    + start
                                    + ", before its call closes on "
                                    + deadline);
                    start = null;
                    end = null;
                }
            }
        }

        private static boolean closesNear(LocalDate deadline, LocalDate issueDate) {
            return !deadline.isBefore(issueDate.minusDays(DEADLINE_DAYS_BEFORE_ISSUE))
                    && !deadline.isAfter(issueDate.plusDays(DEADLINE_DAYS_AFTER_ISSUE));
        }

        /**
         * @return the same day in another year, or null for 29 February of a common year
         */
        private static LocalDate withYear(LocalDate date, int year) {
            try {
                return LocalDate.of(year, date.getMonth(), date.getDayOfMonth());
            } catch (DateTimeException e) {
                return null;
            }
        }
    }

    private enum Kind {
        DEADLINE,
        EVENT,
        UNLABELLED
    }

    /**
     * A field that holds a date.
     *
     * @param error why the date is no calendar date, or null
     */
    private record Dated(Kind kind, LocalDate start, LocalDate end, String error, String text) {}

    /**
     * @return the date or date range in the field, labelled by the field's other words; empty when
     *     it has none
     */
    private static Optional<Dated> dates(String text) {
        Matcher iso = IsoDateRange.ANYWHERE.matcher(text);
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        Optional<WrittenDate> written = WrittenDate.find(text);
        String words;
        LocalDate start = null;
        LocalDate end = null;
        String error = null;
        if (iso.find()) {
            try {
                IsoDateRange range = IsoDateRange.parse(text.substring(iso.start())).orElseThrow();
                start = range.start();
                end = range.end();
                words =
                        text.substring(0, iso.start())
                                + " "
                                + text.substring(iso.start() + range.length());
            } catch (IsoDateRange.InvalidDateException e) {
                error = e.getMessage();
                words = text.substring(0, iso.start());
            }
        } else if (dmy.find()) {
            words = text.substring(0, dmy.start()) + " " + text.substring(dmy.end());
            try {
                int year = Integer.parseInt(dmy.group(4));
                Month month = Month.of(WrittenDate.month(dmy.group(3)));
                LocalDate last = LocalDate.of(year, month, Integer.parseInt(dmy.group(2)));
                if (dmy.group(1) != null) {
                    start = LocalDate.of(year, month, Integer.parseInt(dmy.group(1)));
                    end = start.isBefore(last) ? last : null;
                } else {
                    start = last;
                }
            } catch (DateTimeException e) {
                error = "not a calendar date: '" + dmy.group() + "'";
            }
        } else if (written.isPresent()) {
            WrittenDate w = written.get();
            words = text.substring(0, w.start()) + " " + text.substring(w.end());
            if (w.year() == null) {
                error = "no year in '" + text.substring(w.start(), w.end()) + "'";
            } else {
                try {
                    WrittenDate.Resolved resolved = w.resolve(null);
                    start = resolved.start();
                    end = resolved.end();
                } catch (UnreadableEntryException e) {
                    error = e.getMessage();
                }
            }
        } else {
            return Optional.empty();
        }
        Kind kind =
                DEADLINE_WORDS.matcher(words).find()
                        ? Kind.DEADLINE
                        : EVENT_WORDS.matcher(words).find() ? Kind.EVENT : Kind.UNLABELLED;
        return Optional.of(new Dated(kind, start, end, error, text));
    }

    /**
     * The name as written, without emphasis leftovers and the decoration the class comment names;
     * null when empty.
     */
    private static String cleanName(String text) {
        String name = VisibleText.withoutEdgeAsterisks(text);
        String bare = NAME_SUFFIX.matcher(name).replaceAll("");
        if (!EDGE_PUNCTUATION.matcher(bare).replaceAll("").isEmpty()) {
            name = bare;
        }
        name = SourceLine.collapse(EDGE_PUNCTUATION.matcher(name).replaceAll(""));
        return name.isEmpty() ? null : name;
    }

    private static int level(Element heading) {
        return heading.normalName().charAt(1) - '0';
    }

    /**
     * One {@code |}-separated field of an entry.
     *
     * @param text its visible text, whitespace collapsed
     * @param links the links in it, in order
     * @param ofName true for what follows the name in the name's own field ({@code CFP closes
     *     2024-02-19}): a date, never the place
     */
    private record Field(String text, List<Element> links, boolean ofName) {
        /**
         * @return true when the field is one link and nothing else
         */
        boolean linkOnly() {
            return links.size() == 1 && text.equals(SourceLine.collapse(links.get(0).text()));
        }
    }

    /**
     * Cuts an entry into fields at the {@code |} of its text (a {@code |} inside a link's text does
     * not cut); a nested list is left out, its items are entries of their own.
     */
    private static final class Splitter {
        private final List<Field> fields = new ArrayList<>();
        private final StringBuilder all = new StringBuilder();
        private StringBuilder text = new StringBuilder();
        private List<Element> links = new ArrayList<>();

        void walk(Element parent) {
            for (Node node : parent.childNodes()) {
                if (node instanceof TextNode t) {
                    String whole = t.getWholeText();
                    all.append(whole);
                    String[] parts = whole.split("\\|", -1);
                    for (int i = 0; i < parts.length; i++) {
                        if (i > 0) {
                            end();
                        }
                        text.append(parts[i]);
                    }
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("ul") || tag.equals("ol")) {
                        continue;
                    }
                    if (tag.equals("a")) {
                        text.append(e.text());
                        all.append(e.text());
                        links.add(e);
                    } else if (tag.equals("br")) {
                        text.append(' ');
                        all.append(' ');
                    } else {
                        walk(e);
                    }
                }
            }
        }

        void end() {
            fields.add(new Field(SourceLine.collapse(text.toString()), List.copyOf(links), false));
            text = new StringBuilder();
            links = new ArrayList<>();
        }
    }
}
