package dev.rustyevents.ingest;

import static dev.rustyevents.support.CorpusPages.page;
import static dev.rustyevents.support.CorpusPages.ref;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.event.CallForProposals;
import dev.rustyevents.event.CfpRepository;
import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventRepository;
import dev.rustyevents.event.EventStatus;
import dev.rustyevents.event.IssueRepository;
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
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The "CFP - Events" section through the real ingest, on real consecutive issues (627 → 629 → 631 →
 * 633, and 665, whose Upcoming Events list RustConf 2026) and on copies of them with one entry
 * changed.
 */
@QuarkusTest
@TestProfile(EmptyDatabaseProfile.class)
class CfpIngestTest {

    private static final IssueRef I627 = ref(627, "2025-11-26");
    private static final IssueRef I629 = ref(629, "2025-12-10");
    private static final IssueRef I631 = ref(631, "2025-12-24");
    private static final IssueRef I633 = ref(633, "2026-01-07");
    private static final IssueRef I665 = ref(665, "2026-08-19");

    @Inject IngestService ingest;

    @Inject EmptyDatabase database;

    @Inject CfpRepository cfps;

    @Inject EventRepository events;

    @Inject IssueRepository issues;

    @BeforeEach
    void emptyDatabase() {
        database.empty();
    }

    private <T> T tx(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    private CallForProposals call(String cfpUrl) {
        return tx(
                () -> {
                    CallForProposals c = cfps.find("cfpUrl", cfpUrl).singleResult();
                    if (c.event != null) {
                        c.event.uid.length(); // load the event inside the transaction
                    }
                    return c;
                });
    }

    private Map<String, String> snapshot() {
        return tx(
                () -> {
                    Map<String, String> all =
                            cfps.listAll().stream()
                                    .collect(
                                            Collectors.toMap(
                                                    c -> "cfp " + c.uid,
                                                    c ->
                                                            c.name
                                                                    + "|"
                                                                    + c.deadline
                                                                    + "|"
                                                                    + c.startDate
                                                                    + "|"
                                                                    + c.endDate
                                                                    + "|"
                                                                    + c.sequence
                                                                    + "|"
                                                                    + c.updatedAt
                                                                    + "|"
                                                                    + c.lastIssue
                                                                    + "|"
                                                                    + (c.event == null
                                                                            ? null
                                                                            : c.event.uid)));
                    events.listAll()
                            .forEach(
                                    e ->
                                            all.put(
                                                    "event " + e.uid,
                                                    e.status
                                                            + "|"
                                                            + e.cfpOnly
                                                            + "|"
                                                            + e.sequence
                                                            + "|"
                                                            + e.updatedAt
                                                            + "|"
                                                            + e.startDate
                                                            + "|"
                                                            + e.title));
                    return all;
                });
    }

    @Test
    void shouldStoreTheCallsOfIssue627WithTheirConferences() {
        ingest.ingest(I627, page(627));

        assertEquals(3L, tx(() -> cfps.count()));
        List<String> names =
                tx(
                        () ->
                                cfps.listFrom(LocalDate.parse("2025-11-01")).stream()
                                        .map(c -> c.name)
                                        .toList());
        assertEquals(
                List.of("Rustikon 2026", "TokioConf 2026", "RustWeek 2026"), names, "by deadline");
        assertEquals(
                List.of("TokioConf 2026", "RustWeek 2026"),
                tx(
                        () ->
                                cfps.listFrom(LocalDate.parse("2025-11-25")).stream()
                                        .map(c -> c.name)
                                        .toList()));

        CallForProposals rustikon = call("https://sessionize.com/rustikon-2026/");
        assertEquals(LocalDate.parse("2026-03-19"), rustikon.startDate, "the year typo corrected");
        assertTrue(rustikon.note.contains("read as 2026-03-19"), rustikon.note);
        assertEquals("https://www.rustikon.dev/", rustikon.eventUrl);
        assertEquals(0, rustikon.sequence);
        assertEquals(627, rustikon.firstIssue);

        Event conference = tx(() -> events.findByUid(rustikon.event.uid).orElseThrow());
        assertTrue(conference.cfpOnly);
        assertEquals("Rustikon 2026", conference.title);
        assertEquals(
                "https://www.rustikon.dev/", conference.eventUrl, "the event page, not the call's");
        assertEquals(LocalDate.parse("2026-03-20"), conference.endDate);
        assertEquals("PL", conference.country);
    }

    @Test
    void shouldUpdateTheExtendedDeadlineOfRustWeekAndKeepItsUid() {
        ingest.ingest(I627, page(627));
        ingest.ingest(I629, page(629));
        CallForProposals before = call("https://sessionize.com/rustweek-2026/");
        assertEquals(LocalDate.parse("2025-12-31"), before.deadline);
        assertEquals(0, before.sequence, "listed again unchanged in 629");
        assertEquals(629, before.lastIssue);

        ingest.ingest(I631, page(631));
        CallForProposals after = call("https://sessionize.com/rustweek-2026/");
        assertEquals(before.uid, after.uid);
        assertEquals(before.id, after.id);
        assertEquals(LocalDate.parse("2026-01-18"), after.deadline);
        assertEquals(1, after.sequence);
        assertFalse(after.updatedAt.isBefore(before.updatedAt));
        assertEquals(627, after.firstIssue);
        assertEquals(631, after.lastIssue);
        assertEquals(before.event.uid, after.event.uid, "the conference did not change");

        // 633 lists RustConf 2026 until 09-11 instead of 09-10: the call and its conference change.
        CallForProposals rustConf = call("https://sessionize.com/rustconf-2026/");
        ingest.ingest(I633, page(633));
        CallForProposals longer = call("https://sessionize.com/rustconf-2026/");
        assertEquals(LocalDate.parse("2026-09-11"), longer.endDate);
        assertEquals(rustConf.sequence + 1, longer.sequence);
        Event conference = tx(() -> events.findByUid(longer.event.uid).orElseThrow());
        assertEquals(LocalDate.parse("2026-09-11"), conference.endDate);
        assertEquals(1, conference.sequence);
    }

    @Test
    void shouldChangeNothingWhenTheSamePageIsReadAgain() {
        ingest.ingest(I629, page(629));
        ingest.ingest(I631, page(631));
        Map<String, String> before = snapshot();

        assertTrue(ingest.ingest(I631, page(631)).unchanged());
        // The same content with other bytes is read again, and changes nothing.
        IngestReport again = ingest.ingest(I631, page(631) + "\n<!-- read again -->\n");
        assertFalse(again.unchanged());
        assertEquals(before, snapshot());
    }

    @Test
    void shouldMergeTheConferenceWithItsUpcomingEventsListing() {
        ingest.ingest(I665, page(665));
        int alone = rustConfEvents();
        assertTrue(alone >= 1, "665 lists RustConf 2026");

        emptyDatabase();
        ingest.ingest(I633, page(633));
        assertEquals(1, rustConfEvents(), "the conference from the CFP section");
        CallForProposals rustConf = call("https://sessionize.com/rustconf-2026/");
        assertTrue(rustConf.event.cfpOnly);

        ingest.ingest(I665, page(665));
        assertEquals(alone, rustConfEvents(), "the CFP section added no event of its own");
        Event merged = tx(() -> events.findByUid(rustConf.event.uid).orElseThrow());
        assertFalse(merged.cfpOnly, "Upcoming Events lists it now");
        assertEquals(665, merged.lastIssue);
        assertEquals("Montreal", merged.city);

        // The CFP-only RustWeek 2026 appears once.
        given().get("/api/events?from=2026-05-01&to=2026-05-31&q=rustweek")
                .then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.is(1));
    }

    private int rustConfEvents() {
        return given().get(
                        "/api/events?from=2026-09-08&to=2026-09-08&city=Montreal&q=rustconf&size=200")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("total");
    }

    @Test
    void shouldNeverDelistAConferenceThatOnlyTheCfpSectionNamed() {
        // 629 with one more call, for a conference inside 631's events window (2025-12-24 ..
        // 2026-01-20).
        Document with = Jsoup.parse(page(629), I629.url());
        with.selectFirst("h3#cfp-events ~ ul")
                .appendElement("li")
                .html(
                        "<a href=\"https://cfp.example.org/winter-conf\"><strong>Winter Conf 2026</strong></a>"
                                + " | CFP closes 2025-12-20 | Berlin, Germany | 2026-01-10");
        ingest.ingest(I629, with.outerHtml());
        Event winter = tx(() -> events.find("title", "Winter Conf 2026").singleResult());
        assertTrue(winter.cfpOnly);

        IngestReport report = ingest.ingest(I631, page(631));

        assertEquals(
                3,
                report.delisted(),
                "the Upcoming Events entries 631 dropped, not the conference: " + report);
        Event after = tx(() -> events.findByUid(winter.uid).orElseThrow());
        assertEquals(EventStatus.CONFIRMED, after.status);
        assertEquals(winter.sequence, after.sequence);
        assertTrue(after.cfpOnly);
        assertNotNull(call("https://cfp.example.org/winter-conf"), "the call stays, closed");
    }

    @Test
    void shouldKeepTwoConferencesListedWithOneLinkApart() {
        // As TWiR 643 did: a second conference linked to another one's call.
        Document copy = Jsoup.parse(page(633), I633.url());
        copy.selectFirst("h3#cfp-events ~ ul")
                .appendElement("li")
                .html(
                        "<a href=\"https://sessionize.com/rustconf-2026/\"><strong>NDC Techtown 2026</strong></a>"
                                + " | CFP open until 2026-05-03 | Kongsberg, Norway | 2026-09-21 - 2026-09-24");
        ingest.ingest(I633, copy.outerHtml());

        List<CallForProposals> same =
                tx(() -> cfps.list("cfpUrl", "https://sessionize.com/rustconf-2026/"));
        assertEquals(2, same.size());
        Map<String, String> keys =
                same.stream().collect(Collectors.toMap(c -> c.name, c -> c.identityKey));
        assertEquals(
                "url:https://sessionize.com/rustconf-2026",
                keys.get("RustConf 2026"),
                "the first listed keeps the link");
        assertEquals(
                "url:https://sessionize.com/rustconf-2026|ndc-techtown-2026",
                keys.get("NDC Techtown 2026"));
        assertNotEquals(same.get(0).uid, same.get(1).uid);
    }

    /** The CFP era of the corpus (issues 527 .. 665) read in order, as a backfill reads it. */
    @Test
    void shouldMergeTheConferencesOfTheCorpusAndDelistNoneOfThem() {
        java.nio.file.Path corpus = dev.rustyevents.support.CorpusPages.corpus().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(
                corpus != null, "no TWiR corpus at rusty.corpus");
        for (var issue : dev.rustyevents.support.CorpusPages.issues(corpus)) {
            if (issue.ref().number() >= 527) {
                ingest.ingest(issue.ref(), dev.rustyevents.support.CorpusPages.read(issue));
            }
        }
        assertEquals(29L, tx(() -> cfps.count()), "645's stale NDC Techtown line is no call");
        assertEquals(
                List.of(),
                tx(() -> events.list("cfpOnly = true and status != ?1", EventStatus.CONFIRMED)));

        // Merged with their Upcoming Events listings: one day apart (Paris), a workshop the day
        // before (India).
        Event paris =
                call("https://docs.google.com/forms/d/e/1FAIpQLSdamzdbUi3EIGBrmEw0-Na4myXP0088kvxVmVT4YU-1BEiyCg/viewform")
                        .event;
        assertFalse(paris.cfpOnly);
        assertEquals(LocalDate.parse("2025-03-14"), paris.startDate, "Upcoming Events' date wins");
        Event india =
                call("https://hasgeek.com/rustbangalore/cfp-rust-india-conference-2026/").event;
        assertEquals("Rust India Conference", india.title);
        assertEquals(
                1L,
                tx(
                        () ->
                                events.count(
                                        "startDate = ?1 and city = ?2",
                                        LocalDate.parse("2026-04-18"),
                                        "Bangalore")));

        // One NDC Techtown 2026, although 643 linked it to Oxidize's call and 649 to its own.
        CallForProposals ndc =
                tx(
                        () ->
                                cfps.findByIdentity(
                                                "url:https://ndctechtown.com/call-for-papers@2026")
                                        .orElseThrow());
        CallForProposals ndcAsOxidize =
                tx(
                        () ->
                                cfps.findByIdentity(
                                                "url:https://pretalx.com/oxidize-conference-2026-2025/cfp|ndc-techtown-2026")
                                        .orElseThrow());
        assertEquals(ndc.event.id, ndcAsOxidize.event.id);
        assertEquals(
                1L,
                tx(
                        () ->
                                events.count(
                                        "city = ?1 and startDate >= ?2",
                                        "Kongsberg",
                                        LocalDate.parse("2026-01-01"))));
    }
}
