package dev.rustyevents.ingest;

import dev.rustyevents.cluster.DataWritten;
import dev.rustyevents.digest.Sha256;
import dev.rustyevents.event.Columns;
import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventRepository;
import dev.rustyevents.event.EventStatus;
import dev.rustyevents.event.IssueRepository;
import dev.rustyevents.event.IssueStatus;
import dev.rustyevents.event.StoredListing;
import dev.rustyevents.event.TwirIssue;
import dev.rustyevents.scrape.IssueRef;
import dev.rustyevents.scrape.Listing;
import dev.rustyevents.scrape.ParseProblem;
import dev.rustyevents.scrape.ParseResult;
import dev.rustyevents.scrape.PlainTextPage;
import dev.rustyevents.scrape.UpcomingEventsParser;
import dev.rustyevents.vocabulary.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns one TWiR issue's HTML into stored listings and events, in one transaction: one record per
 * real-world event (see {@link EventIdentity}), first/last issue seen, SEQUENCE and {@code
 * updatedAt} raised only when something a subscriber sees changed. Reading the same content again
 * changes nothing; a page without an events section changes no event. The issue's "CFP - Events"
 * section is read in the same transaction ({@link CfpIngest}). An operator's correction of an event
 * is applied to each later listing of it before comparing ({@link Corrections}), so it stands and
 * costs no SEQUENCE.
 */
@ApplicationScoped
public class IngestService {

    private static final Logger LOG = Logger.getLogger(IngestService.class);

    /**
     * Days an issue's events list covers from its publication date: TWiR's "Rusty Events between A
     * - B" spans four weeks.
     */
    static final int EVENTS_WINDOW_DAYS = 28;

    /** Fewest entries of the previous issue against which a drop by half counts as anomalous. */
    static final int MIN_BASELINE = 10;

    private final EventRepository events;
    private final IssueRepository issues;
    private final UpcomingEventsParser parser = new UpcomingEventsParser();
    private final CfpIngest cfp;
    private final EventWriter writer;
    private final CorrectionService corrections;
    private final Clock clock;
    private final jakarta.enterprise.event.Event<DataWritten> changes;
    private final jakarta.enterprise.event.Event<IngestReport> reports;

    public IngestService(
            EventRepository events,
            IssueRepository issues,
            CfpIngest cfp,
            EventWriter writer,
            CorrectionService corrections,
            jakarta.enterprise.event.Event<DataWritten> changes,
            jakarta.enterprise.event.Event<IngestReport> reports) {
        this.events = events;
        this.issues = issues;
        this.cfp = cfp;
        this.writer = writer;
        this.corrections = corrections;
        this.changes = changes;
        this.reports = reports;
        this.clock = Clock.systemUTC();
    }

    /**
     * @param ref the issue (number, date, canonical URL)
     * @param html the issue's HTML: the page, or the article as the feed carries it
     * @return what was done
     */
    @Transactional
    public IngestReport ingest(IssueRef ref, String html) {
        return ingest(ref, Sha256.hex(html), () -> Jsoup.parse(html, ref.url()));
    }

    /**
     * Reads a plain-text rendering of an issue (an aggregator's copy whose links and nesting were
     * lost, see {@link PlainTextPage}) through the same path as a page.
     *
     * @param ref the issue
     * @param text the text
     * @return what was done
     */
    @Transactional
    public IngestReport ingestText(IssueRef ref, String text) {
        return ingest(ref, Sha256.hex(text), () -> PlainTextPage.toDocument(text, ref.url()));
    }

    private IngestReport ingest(
            IssueRef ref, String hash, java.util.function.Supplier<Document> document) {
        TwirIssue issue = issues.findByNumber(ref.number()).orElseGet(TwirIssue::new);
        if (issue.id != null
                && hash.equals(issue.contentSha256)
                && issue.status != IssueStatus.FAILED) {
            return IngestReport.unchanged(issue);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Document page = document.get();
        ParseResult parsed = parser.parse(page, ref.published());
        TwirIssue previous = issues.previousIngested(ref.number()).orElse(null);
        TwirIssue previousRead = issues.previousRead(ref.number()).orElse(null);
        // Format drift first: it says more than the drop in listings it also causes.
        Optional<String> anomaly =
                FormatDrift.check(parsed, previousRead).or(() -> anomaly(parsed, previousRead));
        boolean known = issue.id != null;
        describe(issue, ref, hash, now);
        if (anomaly.isPresent() || !parsed.sectionFound() || parsed.listings().isEmpty()) {
            // Nothing to read, or something wrong: record it, touch no event and no earlier
            // listing.
            issue.status = anomaly.isPresent() ? IssueStatus.ANOMALOUS : IssueStatus.NO_EVENTS;
            issue.statusDetail =
                    Columns.clip(
                            anomaly.orElse(
                                            parsed.sectionFound()
                                                    ? "events section without entries"
                                                    : "no Upcoming Events section"
                                                            + parsed.problems().stream()
                                                                    .findFirst()
                                                                    .map(
                                                                            p ->
                                                                                    " ("
                                                                                            + p
                                                                                                    .reason()
                                                                                            + ")")
                                                                    .orElse(""))
                                    + "; no event changed",
                            Columns.STATUS_DETAIL);
            if (!known) {
                // Counts of what was parsed, not applied: the next issue is measured against them.
                // A missing section is no unreadable entry: what the parser said of it is in the
                // detail, not a problem.
                issue.listingCount = parsed.listings().size();
                issue.problemCount = parsed.sectionFound() ? parsed.problems().size() : 0;
                issues.persist(issue);
                // What was read is kept, linked to no event, so the issue shows what was held
                // back.
                for (Listing listing : parsed.listings()) {
                    issues.getEntityManager().persist(record(issue, listing));
                }
                if (parsed.sectionFound()) {
                    recordProblems(issue, parsed.problems(), parsed.listings().size());
                }
            }
            // No event changed, but /api/issues now says something else of this issue.
            changes.fire(new DataWritten(ref.number()));
            return log(IngestReport.notApplied(issue));
        }
        // Operators' corrections, re-applied to what the listings say (read before this issue's
        // earlier listings go: they tell what TWiR said of a date-corrected event).
        CorrectionService.Known corrected = corrections.known();
        issue.status = IssueStatus.INGESTED;
        if (known) {
            issues.deleteListingsOf(issue);
        } else {
            issues.persist(issue);
        }
        Upserts upserts =
                new Upserts(
                        ref.number(),
                        ref.published(),
                        now,
                        sharedPages(parsed.listings()),
                        corrected);
        for (Listing listing : parsed.listings()) {
            StoredListing record = record(issue, listing);
            if (listing.startDate() == null) {
                record.problem = "no date";
            } else {
                record.event = upserts.apply(listing);
            }
            issues.getEntityManager().persist(record);
        }
        recordProblems(issue, parsed.problems(), parsed.listings().size());
        cfp.ingest(ref, page, now, corrected);
        issue.listingCount = parsed.listings().size();
        issue.problemCount = parsed.problems().size();
        issue.eventCount = upserts.touched.size();
        issue.statusDetail =
                parsed.problems().isEmpty()
                        ? null
                        : parsed.problems().size() + " entries could not be read";
        // A section that runs to the end of the page (no "Jobs" heading after it: every real
        // issue has one) is a page cut short: what it lacks was not dropped by TWiR.
        if (!parsed.sectionEnded()) {
            issue.statusDetail =
                    (issue.statusDetail == null ? "" : issue.statusDetail + "; ")
                            + "the events section runs to the end of the page (cut short?): nothing delisted";
        }
        int delisted =
                issues.hasNewerIngested(ref.number()) || !parsed.sectionEnded()
                        ? 0
                        : delist(issue, previous, upserts.touched, corrected, now);
        // Any applied issue may change what feeds show (even a first-listed issue number), and
        // renderings are cheap next to a weekly ingest: drop them all once this commits.
        changes.fire(new DataWritten(ref.number()));
        return log(IngestReport.applied(issue, upserts.created, upserts.updated, delisted));
    }

    /**
     * The anomalous-parse guard: a page whose events section is missing or empty while the issue
     * before it had entries, or that lists fewer than half the entries of the issue before it, is
     * not to be believed (an aggregator that stripped the lists, a half-published page). The
     * baseline is the last issue read, anomalous or not, so one quiet week (TWiR's holiday issues
     * list half as much) does not make every later issue anomalous; nothing is measured against
     * fewer than {@value #MIN_BASELINE} entries (early issues list a handful, or none).
     *
     * @param previous the last issue read before this one, or null
     * @return the reason, or empty when the parse looks sound (or there is nothing to compare with)
     */
    static Optional<String> anomaly(ParseResult parsed, TwirIssue previous) {
        if (previous == null || previous.listingCount < MIN_BASELINE) {
            return Optional.empty();
        }
        int count = parsed.listings().size();
        if (!parsed.sectionFound()) {
            return Optional.of(
                    "no Upcoming Events section, while issue "
                            + previous.number
                            + " listed "
                            + previous.listingCount);
        }
        if (count * 2 < previous.listingCount) {
            return Optional.of(
                    count
                            + " listings against "
                            + previous.listingCount
                            + " in issue "
                            + previous.number
                            + " (a drop of more than half)");
        }
        return Optional.empty();
    }

    /**
     * Delisting: an event that the previous issue listed, whose first day falls inside this issue's
     * window, but that this issue does not list, is marked {@code delisted} (feeds show it as
     * {@code STATUS:CANCELLED}); listed again later, it is restored. Only the newest issue delists,
     * so reading old issues never delists what newer ones confirm, and only a page whose events
     * section ends where a next section starts (a page cut short delists nothing). An event an
     * operator hid is left alone (nobody sees it; it keeps its state should it be shown again), and
     * an event whose days an operator corrected is judged by the days TWiR gave it.
     *
     * @return the number of events delisted
     */
    private int delist(
            TwirIssue issue,
            TwirIssue previous,
            Set<Event> listed,
            CorrectionService.Known corrected,
            Instant now) {
        if (previous == null) {
            return 0;
        }
        LocalDate from = issue.published;
        LocalDate to = issue.published.plusDays(EVENTS_WINDOW_DAYS - 1);
        int count = 0;
        for (Event event :
                events.confirmedLastListedIn(List.of(previous.number, issue.number), from, to)) {
            LocalDate start = corrected.asListed(event).startDate;
            if (!listed.contains(event)
                    && !event.hidden
                    && !start.isBefore(from)
                    && !start.isAfter(to)) {
                writer.delist(event, now);
                count++;
            }
        }
        return count;
    }

    /**
     * Records that an issue could not be fetched or read. No event and no earlier listing of the
     * issue is touched.
     *
     * @param ref the issue
     * @param reason why, in a sentence
     */
    @Transactional
    public void recordFailure(IssueRef ref, String reason) {
        TwirIssue issue = issues.findByNumber(ref.number()).orElseGet(TwirIssue::new);
        if (issue.id == null) {
            describe(issue, ref, null, clock.instant().truncatedTo(ChronoUnit.SECONDS));
            issue.status = IssueStatus.FAILED;
        }
        issue.statusDetail = Columns.clip("last attempt failed: " + reason, Columns.STATUS_DETAIL);
        issues.persist(issue);
        // No event changed, but /api/issues now says something else of this issue: drop its
        // rendered answer (else it kept the issue's earlier status until the cache expired).
        changes.fire(new DataWritten(ref.number()));
        LOG.warnf("issue %d: %s", ref.number(), reason);
    }

    private static void describe(TwirIssue issue, IssueRef ref, String hash, Instant now) {
        issue.number = ref.number();
        issue.published = ref.published();
        issue.url = ref.url();
        issue.title = ref.title();
        issue.contentSha256 = hash;
        issue.ingestedAt = now;
    }

    /** The event pages that this issue lists under more than one date: shared, not one event's. */
    private static Set<String> sharedPages(List<Listing> listings) {
        Map<String, Object> firstDate = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Listing l : listings) {
            EventIdentity.eventPage(l)
                    .ifPresent(
                            page -> {
                                Object previous = firstDate.putIfAbsent(page, l.startDate());
                                if (previous != null && !previous.equals(l.startDate())) {
                                    shared.add(page);
                                }
                            });
        }
        return shared;
    }

    /** Upserts of one issue's listings into events. */
    private final class Upserts {
        private final int issueNumber;
        private final LocalDate published;
        private final Instant now;
        private final Set<String> sharedPages;
        private final CorrectionService.Known corrected;
        private final Map<String, Event> byKey = new HashMap<>();
        private final Set<Event> touched = new HashSet<>();
        private int created;
        private int updated;

        Upserts(
                int issueNumber,
                LocalDate published,
                Instant now,
                Set<String> sharedPages,
                CorrectionService.Known corrected) {
            this.issueNumber = issueNumber;
            this.published = published;
            this.now = now;
            this.sharedPages = sharedPages;
            this.corrected = corrected;
        }

        Event apply(Listing listing) {
            String page =
                    EventIdentity.eventPage(listing)
                            .filter(p -> !sharedPages.contains(p))
                            .orElse(null);
            EventWriter.Match match =
                    writer.find(
                            EventIdentity.key(listing, page),
                            listing.startDate(),
                            published,
                            corrected,
                            byKey,
                            () ->
                                    sameOccasion(listing, page)
                                            .or(() -> cfp.cfpOnlyConference(listing)));
            Event event = match.event();
            if (event == null) {
                event = create(match.key(), listing);
                byKey.put(match.key(), event);
                touched.add(event);
            } else if (touched.add(event)) {
                merge(event, listing);
            }
            return event;
        }

        /**
         * A listing whose link does not identify its event (a degraded copy without links, a group
         * page) and an event stored without an event page are matched by occasion: the same day,
         * group and city, when exactly one stored event fits. Two events that both have their own
         * pages are never merged this way.
         */
        private Optional<Event> sameOccasion(Listing listing, String page) {
            String group = Slugs.of(listing.groupName());
            if (group == null || group.isEmpty()) {
                return Optional.empty();
            }
            List<Event> candidates =
                    events.findByDateGroupCity(listing.startDate(), group, listing.city()).stream()
                            .filter(
                                    e ->
                                            page == null
                                                    || e.identityKey.startsWith(
                                                            EventIdentity.OCCASION_PREFIX))
                            .toList();
            return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
        }

        private Event create(String key, Listing listing) {
            created++;
            return writer.create(key, EventFields.of(listing), issueNumber, now, false);
        }

        private void merge(Event event, Listing listing) {
            event.cfpOnly = false; // an Upcoming Events listing names it now
            if (!EventWriter.seenIn(event, issueNumber)) {
                return;
            }
            Event incoming = EventFields.of(listing);
            EventFields.fillGaps(event, incoming);
            // An operator's correction stands: applied before comparing, it neither reverts nor
            // counts as a change. A delisted event listed again is confirmed (a change).
            Corrections.apply(corrected.of(event), incoming);
            if (writer.change(event, incoming, EventStatus.CONFIRMED, event.hidden, now)) {
                updated++;
            }
        }
    }

    /** Stores the entries that could not be read after the listings, from {@code ordinal} on. */
    private void recordProblems(TwirIssue issue, List<ParseProblem> problems, int ordinal) {
        for (ParseProblem problem : problems) {
            StoredListing record = new StoredListing();
            record.issue = issue;
            record.ordinal = ordinal++;
            record.regionHeading = problem.regionHeading();
            record.raw = problem.raw() == null ? "" : Columns.clip(problem.raw(), Columns.RAW);
            record.problem = Columns.clip(problem.reason(), Columns.PROBLEM);
            issues.getEntityManager().persist(record);
        }
    }

    private static StoredListing record(TwirIssue issue, Listing l) {
        StoredListing r = new StoredListing();
        r.issue = issue;
        r.ordinal = l.position();
        r.regionHeading = Columns.clip(l.regionHeading(), Columns.REGION_HEADING);
        r.raw = Columns.clip(l.raw(), Columns.RAW);
        r.startDate = l.startDate();
        r.endDate = l.endDate();
        r.yearInferred = l.yearInferred();
        r.mode = l.mode();
        r.locationRaw = Columns.clip(l.locationRaw(), Columns.LOCATION_RAW);
        r.city = Columns.clip(l.city(), Columns.CITY);
        r.subdivision = Columns.clip(l.subdivision(), Columns.SUBDIVISION);
        r.country = l.country();
        r.groupName = Columns.clip(l.groupName(), Columns.GROUP_NAME);
        r.groupUrl = Columns.clip(l.groupUrl(), Columns.URL);
        r.title = Columns.clip(l.title(), Columns.TITLE);
        r.eventUrl = Columns.clip(l.eventUrl(), Columns.URL);
        return r;
    }

    /**
     * Logs what the ingest did and tells {@link IngestMetrics}, which counts it once this
     * transaction commits.
     */
    private IngestReport log(IngestReport report) {
        LOG.info(report);
        reports.fire(report);
        return report;
    }
}
