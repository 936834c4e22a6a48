package dev.rustyevents.ingest;

import static dev.rustyevents.support.CorpusPages.page;
import static dev.rustyevents.support.CorpusPages.ref;
import static dev.rustyevents.support.CorpusPages.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventRepository;
import dev.rustyevents.event.EventStatus;
import dev.rustyevents.event.IssueRepository;
import dev.rustyevents.event.IssueStatus;
import dev.rustyevents.event.StoredListing;
import dev.rustyevents.event.TwirIssue;
import dev.rustyevents.scrape.IssueRef;
import dev.rustyevents.support.EmptyDatabase;
import dev.rustyevents.support.EmptyDatabaseProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Updates, SEQUENCE, delisting, restoring and the anomalous-issue guard, on real consecutive issues
 * of the corpus (the development set holds the odd numbers: 629 → 631, 633 → 635) and the real
 * Planet Mozilla copies of issue 634.
 */
@QuarkusTest
@TestProfile(EmptyDatabaseProfile.class)
class ChangeTrackingTest {

    private static final IssueRef I629 = ref(629, "2025-12-10");
    private static final IssueRef I631 = ref(631, "2025-12-24");
    private static final IssueRef I633 = ref(633, "2026-01-07");
    private static final IssueRef I634 = ref(634, "2026-01-14");
    private static final IssueRef I635 = ref(635, "2026-01-21");

    @Inject IngestService ingest;

    @Inject EmptyDatabase database;

    @Inject EventRepository events;

    @Inject IssueRepository issues;

    @BeforeEach
    void emptyDatabase() {
        database.empty();
    }

    private <T> T tx(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    private Event byUrl(String url) {
        return tx(() -> events.find("eventUrl", url).singleResult());
    }

    private Map<String, String> snapshot() {
        return tx(
                () ->
                        events.listAll().stream()
                                .collect(
                                        Collectors.toMap(
                                                e -> e.uid,
                                                e ->
                                                        e.status
                                                                + "|"
                                                                + e.sequence
                                                                + "|"
                                                                + e.updatedAt
                                                                + "|"
                                                                + e.startDate
                                                                + "|"
                                                                + e.title)));
    }

    @Test
    void shouldUpdateARescheduledEventAndRaiseItsSequence() {
        ingest.ingest(I629, page(629));
        Event before = byUrl("https://www.meetup.com/rust-tlv/events/311759516/");
        assertEquals(LocalDate.parse("2026-01-06"), before.startDate);

        ingest.ingest(I631, page(631));
        Event after = byUrl("https://www.meetup.com/rust-tlv/events/311759516/");
        assertEquals(before.uid, after.uid, "UID survives the change");
        assertEquals(LocalDate.parse("2026-01-07"), after.startDate);
        assertEquals(before.sequence + 1, after.sequence);
        assertTrue(!after.updatedAt.isBefore(before.updatedAt));
        assertEquals(631, after.lastIssue);
        assertEquals(629, after.firstIssue);
    }

    @Test
    void shouldTreatAReusedPageOfAPastMeetingAsTheNextOccurrence() {
        // The Geneva meetup links one wiki page every month: 2025-12-11 in 629, 2026-01-08 in 631.
        ingest.ingest(I629, page(629));
        ingest.ingest(I631, page(631));
        List<Event> geneva =
                tx(
                        () ->
                                events.list(
                                        "eventUrl",
                                        "https://www.posttenebraslab.ch/wiki/events/monthly_meeting/rust_meetup"));
        assertEquals(
                List.of(LocalDate.parse("2025-12-11"), LocalDate.parse("2026-01-08")),
                geneva.stream().map(e -> e.startDate).sorted().toList());
    }

    @Test
    void shouldDelistEventsDroppedWithinTheWindow() {
        ingest.ingest(I629, page(629));
        IngestReport report = ingest.ingest(I631, page(631));
        // 629 listed these inside 631's window (2025-12-24 .. 2026-01-21); 631 does not.
        assertEquals(3, report.delisted(), report.toString());
        List<Event> delisted = tx(() -> events.list("status", EventStatus.DELISTED));
        assertEquals(
                List.of(
                        LocalDate.parse("2025-12-25"),
                        LocalDate.parse("2026-01-01"),
                        LocalDate.parse("2026-01-01")),
                delisted.stream().map(e -> e.startDate).sorted().toList());
        delisted.forEach(e -> assertEquals(1, e.sequence, "delisting is a change subscribers see"));
    }

    @Test
    void shouldRestoreADelistedEventListedAgain() {
        ingest.ingest(I629, page(629));
        ingest.ingest(I631, page(631));
        Event delisted =
                tx(
                        () ->
                                events.find(
                                                "status = ?1 and startDate = ?2",
                                                EventStatus.DELISTED,
                                                LocalDate.parse("2025-12-25"))
                                        .singleResult());

        // TWiR corrects issue 631: the entry comes back (copied from 629 into 631's Virtual list).
        Document corrected = Jsoup.parse(page(631), I631.url());
        Element entry = entryOf(Jsoup.parse(page(629), I629.url()), delisted.eventUrl);
        corrected.selectFirst("h3#virtual ~ ul").prependChild(entry.clone());
        ingest.ingest(I631, corrected.outerHtml());

        Event restored = byUrl(delisted.eventUrl);
        assertEquals(EventStatus.CONFIRMED, restored.status);
        assertEquals(delisted.sequence + 1, restored.sequence);
        assertEquals(delisted.uid, restored.uid);
    }

    @Test
    void shouldRecordTheStrippedCopyOfIssue634AsAnomalousAndChangeNothing() {
        ingest.ingest(I633, page(633));
        Map<String, String> before = snapshot();

        IngestReport report = ingest.ingestText(I634, seed("000_c17b38fcf9ee39ba.txt"));

        assertEquals(IssueStatus.ANOMALOUS, report.status());
        assertEquals(before, snapshot(), "no event touched");
        TwirIssue issue = tx(() -> issues.findByNumber(634).orElseThrow());
        assertEquals(IssueStatus.ANOMALOUS, issue.status);
        assertTrue(issue.statusDetail.contains("issue 633"), issue.statusDetail);

        // The next healthy issue is compared with 633, the last one read, and delists normally.
        IngestReport next = ingest.ingest(I635, page(635));
        assertEquals(IssueStatus.INGESTED, next.status());
    }

    @Test
    void shouldRecordAHalfEmptyPageAsAnomalous() {
        ingest.ingest(I633, page(633));
        Map<String, String> before = snapshot();
        Document truncated = Jsoup.parse(page(635), I635.url());
        truncated.select("h2#upcoming-events ~ ul li").stream().skip(10).forEach(Element::remove);

        IngestReport report = ingest.ingest(I635, truncated.outerHtml());

        assertEquals(IssueStatus.ANOMALOUS, report.status(), report.toString());
        assertEquals(before, snapshot());
    }

    @Test
    void shouldMergeTheTextOnlyCopyOfIssue634WithTheEventsOfThePages() {
        ingest.ingest(I633, page(633));
        IngestReport text = ingest.ingestText(I634, seed("001_0268bcf0f96492dc.txt"));
        assertEquals(IssueStatus.INGESTED, text.status(), text.toString());
        ingest.ingest(I635, page(635));

        List<StoredListing> listings =
                tx(() -> issues.listingsOf(issues.findByNumber(634).orElseThrow()));
        assertTrue(listings.size() > 40, "listings read from the text copy: " + listings.size());
        listings.forEach(l -> assertNotNull(l.event, "listing without event: " + l.raw));
        // A record only the text copy knows, beside a record of the pages for the same day, group
        // and city, is a duplicate the text copy made. (635 itself lists two Geneva events of one
        // group on 2026-02-12, so several records per day, group and city can be right.)
        List<String> duplicates =
                tx(
                        () ->
                                events.listAll().stream()
                                        .collect(
                                                Collectors.groupingBy(
                                                        e ->
                                                                e.startDate
                                                                        + "|"
                                                                        + e.groupSlug
                                                                        + "|"
                                                                        + e.city))
                                        .values()
                                        .stream()
                                        .filter(
                                                same ->
                                                        same.size() > 1
                                                                && same.stream()
                                                                        .anyMatch(
                                                                                e ->
                                                                                        e.firstIssue
                                                                                                        == 634
                                                                                                && e.lastIssue
                                                                                                        == 634))
                                        .map(
                                                same ->
                                                        same.stream()
                                                                .map(e -> e.identityKey)
                                                                .toList()
                                                                .toString())
                                        .toList());
        assertEquals(
                List.of(),
                duplicates,
                "the text copy's listings (no links) duplicated the pages' events");
        // The text copy has no titles: events the pages also list keep the pages' titles; only
        // events that the text copy alone lists are without one (null, never made up).
        List<Event> untitled = tx(() -> events.list("title is null"));
        untitled.forEach(
                e ->
                        assertTrue(
                                e.firstIssue == 634 && e.lastIssue == 634,
                                "untitled: " + e.identityKey));
    }

    private static Element entryOf(Document doc, String eventUrl) {
        return doc.select("li").stream()
                .filter(
                        li ->
                                li.selectFirst("a[href=" + eventUrl + "]") != null
                                        && li.ownText().matches("\\d{4}-.*"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + eventUrl));
    }
}
