package dev.rustyevents.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventRepository;
import dev.rustyevents.event.IssueRepository;
import dev.rustyevents.event.IssueStatus;
import dev.rustyevents.support.FixtureSite;
import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.Region;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScrapeJobTest {

    @Inject ScrapeJob job;

    @Inject EventRepository events;

    @Inject IssueRepository issues;

    @BeforeEach
    void load() {
        FixtureSite.load();
    }

    @Test
    void shouldIngestTheFourIssuesOfTheFeed() {
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            List<Integer> numbers =
                                    issues.newestFirst().stream().map(i -> i.number).toList();
                            assertEquals(List.of(665, 664, 663, 662), numbers);
                            issues.newestFirst()
                                    .forEach(
                                            i ->
                                                    assertEquals(
                                                            IssueStatus.INGESTED,
                                                            i.status,
                                                            "issue " + i.number));
                            // TWiR 665 lists 55 entries (truth file), TWiR 663 lists 46.
                            assertEquals(55, issues.findByNumber(665).orElseThrow().listingCount);
                            assertEquals(46, issues.findByNumber(663).orElseThrow().listingCount);
                        });
    }

    @Test
    void shouldChangeNothingWhenTheSameIssuesAreReadAgain() {
        long before = QuarkusTransaction.requiringNew().call(events::count);
        List<IngestReport> again = job.scrape();
        assertEquals(4, again.size());
        assertTrue(again.stream().allMatch(IngestReport::unchanged), again.toString());
        long after = QuarkusTransaction.requiringNew().call(events::count);
        assertEquals(before, after);
    }

    @Test
    void shouldMergeAHybridEventListedUnderVirtualAndNorthAmerica() {
        // TWiR 665 lists the Vancouver Rust meetup of 2026-08-19 under "Virtual" and "North
        // America";
        // TWiR 663 listed it too. One real event, one record.
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            List<Event> vancouver =
                                    events.list(
                                            "eventUrl",
                                            "https://www.meetup.com/vancouver-rust/events/314105333/");
                            assertEquals(1, vancouver.size());
                            Event e = vancouver.get(0);
                            assertAll(
                                    () -> assertEquals(Mode.HYBRID, e.mode),
                                    () -> assertEquals("Vancouver", e.city),
                                    () -> assertEquals("CA", e.country),
                                    () -> assertEquals(Region.NORTH_AMERICA, e.region),
                                    () -> assertEquals(662, e.firstIssue),
                                    () -> assertEquals(665, e.lastIssue),
                                    () ->
                                            assertEquals(
                                                    4,
                                                    issues.issueNumbersListing(e).size(),
                                                    "listed in 662..665"));
                        });
    }

    @Test
    void shouldKeepOneRecordPerEventAcrossConsecutiveIssues() {
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            long listings =
                                    issues.newestFirst().stream()
                                            .mapToLong(i -> i.listingCount)
                                            .sum();
                            long distinct = events.count();
                            assertTrue(
                                    distinct < listings * 6 / 10,
                                    distinct
                                            + " events from "
                                            + listings
                                            + " listings: repeats were not merged");
                            List<String> duplicates =
                                    events.getEntityManager()
                                            .createQuery(
                                                    "select e.identityKey from Event e where exists (select 1 from Event o where o.id <> e.id "
                                                            + "and o.eventUrl = e.eventUrl and o.startDate = e.startDate)",
                                                    String.class)
                                            .getResultList();
                            assertEquals(
                                    List.of(),
                                    duplicates,
                                    "records with the same event URL and date");
                        });
    }

    @Test
    void shouldNotRaiseSequenceWhenALaterIssueOnlyRewordsWhatWasKnown() {
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            // 663 wrote "Manchester, GB", 664 and 665 "Manchester, UK": the same
                            // place.
                            Event manchester =
                                    events.find("title", "Rust Manchester August Talks")
                                            .firstResult();
                            assertEquals(0, manchester.sequence);
                            assertEquals("GB", manchester.country);
                            // 662-664 wrote "Hybrid (Vancouver, BC, CA)", 665 "Hybrid (Vancouver,
                            // CA)": BC is kept.
                            Event vancouver =
                                    events.find(
                                                    "eventUrl",
                                                    "https://www.meetup.com/vancouver-rust/events/314105333/")
                                            .firstResult();
                            assertEquals("BC", vancouver.subdivision);
                            assertEquals(0, vancouver.sequence);
                            // 662-664 wrote "Virtual (Girona, ES)", 665 only "Virtual": Girona is
                            // kept.
                            Event girona =
                                    events.find(
                                                    "groupName = ?1 and startDate = ?2",
                                                    "Rust Girona",
                                                    java.time.LocalDate.parse("2026-08-21"))
                                            .firstResult();
                            assertEquals("Girona", girona.city);
                            assertEquals(0, girona.sequence);
                        });
    }
}
