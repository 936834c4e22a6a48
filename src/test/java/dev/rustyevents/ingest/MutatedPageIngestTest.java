package dev.rustyevents.ingest;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventRepository;
import dev.rustyevents.event.IssueRepository;
import dev.rustyevents.event.IssueStatus;
import dev.rustyevents.event.TwirIssue;
import dev.rustyevents.scrape.IssueRef;
import dev.rustyevents.scrape.fuzz.Mutations;
import dev.rustyevents.support.CorpusPages;
import dev.rustyevents.support.EmptyDatabase;
import dev.rustyevents.support.EmptyDatabaseProfile;
import dev.rustyevents.support.FixtureSite;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutated versions of a real page ingested over the fixture site (issues 662 .. 665, read by the
 * real scrape), through {@link IngestService#ingest}, the call the scrape and {@code POST
 * /api/admin/issues} make: the newest issue, 665, whose ingest may delist, cut short, duplicated,
 * with garbage dates, 10 MB of nested lists, in a wrong encoding, with an empty events section,
 * with flipped bits.
 *
 * <p>What "not corrupted" means here, the strongest that holds for every mutation:
 *
 * <ul>
 *   <li>nothing escapes the ingest, and the issue is recorded with a status, and a reason when it
 *       is not {@code INGESTED};
 *   <li>no stored event is deleted, and none is delisted: every mutation keeps the page's events or
 *       loses them with the page (a cut, an unreadable encoding), never says they were dropped;
 *   <li>an event the mutated issue does not list is unchanged in every field (SEQUENCE and
 *       timestamps too);
 *   <li>a page that is reported ({@code ANOMALOUS} / {@code NO_EVENTS}) changes no event at all,
 *       and one whose events are all still there as written (a duplicated section, a BOM, lists
 *       after the section) changes none of the stored ones either.
 * </ul>
 *
 * A mutation that rewrites an entry's own text (flipped bits) may change that entry's event, as any
 * edit of the page would: only the first three hold for it.
 */
@QuarkusTest
@TestProfile(EmptyDatabaseProfile.class)
class MutatedPageIngestTest {

    private static final IssueRef I665 = CorpusPages.ref(665, "2026-08-19");
    private static final Set<IssueStatus> REPORTED =
            EnumSet.of(IssueStatus.ANOMALOUS, IssueStatus.NO_EVENTS);

    @Inject IngestService ingest;

    @Inject EmptyDatabase database;

    @Inject EventRepository events;

    @Inject IssueRepository issues;

    /** What a mutation may do to the stored events of the page's own issue. */
    enum Expect {
        /** reported, no event changed */
        REPORTED,
        /** ingested, the page's events as they were (new ones may be added) */
        SAME_EVENTS,
        /** ingested or reported; the page's own events may change */
        ANY
    }

    static Stream<Arguments> mutations() {
        return Stream.of(
                Arguments.of("cut in the events section (60%)", Expect.ANY, section(0.6, false)),
                Arguments.of("cut in the events section (95%)", Expect.ANY, section(0.95, false)),
                Arguments.of("cut before the events section", Expect.REPORTED, section(0.0, false)),
                Arguments.of(
                        "events section three times",
                        Expect.SAME_EVENTS,
                        (UnaryOperator<String>)
                                page -> {
                                    int[] s = sectionOf(page);
                                    return page.substring(0, s[1])
                                            + page.substring(s[0], s[1]).repeat(2)
                                            + page.substring(s[1]);
                                }),
                Arguments.of("every date 2026-13-45", Expect.REPORTED, dates("2026-13-45")),
                Arguments.of("every date 9999-12-31", Expect.REPORTED, dates("9999-12-31")),
                Arguments.of(
                        "10 MB of nested lists after the events",
                        Expect.SAME_EVENTS,
                        section(1.0, true)),
                Arguments.of(
                        "UTF-16 read as UTF-8",
                        Expect.REPORTED,
                        (UnaryOperator<String>)
                                page ->
                                        new String(
                                                page.getBytes(StandardCharsets.UTF_16BE),
                                                StandardCharsets.UTF_8)),
                Arguments.of(
                        "UTF-8 byte order mark",
                        Expect.SAME_EVENTS,
                        (UnaryOperator<String>) page -> "\uFEFF" + page),
                Arguments.of(
                        "UTF-8 read as ISO-8859-1",
                        Expect.ANY,
                        (UnaryOperator<String>)
                                page ->
                                        new String(
                                                page.getBytes(StandardCharsets.UTF_8),
                                                StandardCharsets.ISO_8859_1)),
                Arguments.of(
                        "events section without its lists",
                        Expect.REPORTED,
                        (UnaryOperator<String>)
                                page -> {
                                    int[] s = sectionOf(page);
                                    return page.substring(0, s[0])
                                            + page.substring(s[0], s[1])
                                                    .replaceAll("(?s)<ul>.*</ul>", "")
                                            + page.substring(s[1]);
                                }),
                Arguments.of(
                        "64 flipped bits in the events section",
                        Expect.ANY,
                        (UnaryOperator<String>)
                                page -> {
                                    int[] s = sectionOf(page);
                                    byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
                                    java.util.SplittableRandom random =
                                            new java.util.SplittableRandom(665);
                                    int from =
                                            page.substring(0, s[0])
                                                    .getBytes(StandardCharsets.UTF_8)
                                                    .length;
                                    int to =
                                            page.substring(0, s[1])
                                                    .getBytes(StandardCharsets.UTF_8)
                                                    .length;
                                    for (int i = 0; i < 64; i++) {
                                        bytes[random.nextInt(from, to)] ^=
                                                (byte) (1 << random.nextInt(8));
                                    }
                                    return new String(bytes, StandardCharsets.UTF_8);
                                }));
    }

    @BeforeEach
    void loadFixtureSite() {
        database.empty();
        FixtureSite.load();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void shouldNotCorruptStoredEventsWhenIngestingAMutatedPage(
            String name, Expect expect, UnaryOperator<String> mutation) {
        String page = CorpusPages.page(665);
        String mutated = mutation.apply(page);
        assertNotEquals(page, mutated, "the mutation changed nothing");
        Map<String, String> before = snapshot();
        Set<String> listedBy665 =
                tx(
                        () ->
                                events.listAll().stream()
                                        .filter(e -> issues.issueNumbersListing(e).contains(665))
                                        .map(e -> e.uid)
                                        .collect(Collectors.toSet()));
        assertTrue(
                listedBy665.size() > 40,
                listedBy665.size() + " events listed by issue 665: is the fixture site loaded?");

        IngestReport report = assertDoesNotThrow(() -> ingest.ingest(I665, mutated), name);

        TwirIssue issue = tx(() -> issues.findByNumber(665).orElseThrow());
        Map<String, String> after = snapshot();
        assertAll(
                name,
                () -> assertEquals(report.status(), issue.status),
                () ->
                        assertTrue(
                                issue.status == IssueStatus.INGESTED || issue.statusDetail != null,
                                "a status without a reason"),
                () ->
                        assertTrue(
                                after.keySet().containsAll(before.keySet()),
                                "stored events deleted"),
                () -> assertEquals(0, report.delisted(), "events delisted by a mutated page"),
                () ->
                        assertEquals(
                                Map.of(),
                                changed(before, after, uid -> !listedBy665.contains(uid)),
                                "events that issue 665 does not list changed"));
        switch (expect) {
            case REPORTED ->
                    assertAll(
                            name,
                            () ->
                                    assertTrue(
                                            REPORTED.contains(issue.status),
                                            issue.status + ": " + issue.statusDetail),
                            () ->
                                    assertEquals(
                                            Map.of(),
                                            changed(before, after, uid -> true),
                                            "events changed by a reported page"));
            case SAME_EVENTS ->
                    assertAll(
                            name,
                            () ->
                                    assertEquals(
                                            IssueStatus.INGESTED,
                                            issue.status,
                                            String.valueOf(issue.statusDetail)),
                            () ->
                                    assertEquals(
                                            Map.of(),
                                            changed(before, after, uid -> true),
                                            "events changed by a page listing the same"));
            case ANY -> assertNotNull(issue.status);
        }
    }

    /**
     * @return the events among {@code which} whose snapshot differs, before → after
     */
    private static Map<String, String> changed(
            Map<String, String> before,
            Map<String, String> after,
            java.util.function.Predicate<String> which) {
        return before.entrySet().stream()
                .filter(e -> which.test(e.getKey()) && !e.getValue().equals(after.get(e.getKey())))
                .collect(
                        Collectors.toMap(
                                Map.Entry::getKey,
                                e -> e.getValue() + " → " + after.get(e.getKey())));
    }

    /**
     * @return every stored event, by UID, as the values of all its fields
     */
    private Map<String, String> snapshot() {
        Field[] fields =
                Arrays.stream(Event.class.getFields())
                        .filter(f -> !Modifier.isStatic(f.getModifiers()))
                        .toArray(Field[]::new);
        return tx(
                () -> {
                    Map<String, String> out = new HashMap<>();
                    for (Event e : events.<Event>listAll()) {
                        StringBuilder s = new StringBuilder();
                        for (Field f : fields) {
                            s.append(f.getName()).append('=').append(f.get(e)).append(' ');
                        }
                        out.put(e.uid, s.toString());
                    }
                    return out;
                });
    }

    private static <T> T tx(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    /** Cut at a fraction of the events section, or insert 10 MB of nested lists there. */
    private static UnaryOperator<String> section(double at, boolean nested) {
        return page -> {
            int[] s = sectionOf(page);
            int offset = at == 0.0 ? s[0] - 40 : s[0] + (int) ((s[1] - s[0]) * at);
            return nested
                    ? page.substring(0, offset)
                            + Mutations.nested(10 * 1024 * 1024 / 32, "2026-08-19 | Virtual | x")
                            + page.substring(offset)
                    : page.substring(0, offset);
        };
    }

    private static UnaryOperator<String> dates(String garbage) {
        return page -> page.replaceAll("\\b20\\d\\d-\\d\\d-\\d\\d\\b", garbage);
    }

    private static int[] sectionOf(String page) {
        int from = page.indexOf(">Upcoming Events<");
        int to = page.indexOf("<h2", from);
        assertTrue(from > 0 && to > from, "page 665 has its events section");
        return new int[] {from + 1, to};
    }
}
