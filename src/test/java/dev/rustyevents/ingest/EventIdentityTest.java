package dev.rustyevents.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.event.Event;
import dev.rustyevents.scrape.Listing;
import dev.rustyevents.vocabulary.Mode;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link EventIdentity}: which link names one event, the identity key, the next occurrence of a
 * recurring page and the normal form of links. Links, groups and places from TWiR's truth files
 * (the issue is named where a line is quoted).
 */
class EventIdentityTest {

    private static Listing listing(String date, String groupUrl, String eventUrl) {
        return Listing.builder()
                .startDate(LocalDate.parse(date))
                .groupUrl(groupUrl)
                .eventUrl(eventUrl)
                .build();
    }

    private static Optional<String> page(String groupUrl, String eventUrl) {
        return EventIdentity.eventPage(listing("2026-01-07", groupUrl, eventUrl));
    }

    // --- normalise ---------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // as in TWiR                                                             normal
                // form
                "https://www.meetup.com/rust-nyc/events/295078036                            | https://meetup.com/rust-nyc/events/295078036", // 507
                "https://www.meetup.com/columbus-rs/events/dpkhgrydcpbnb/                    | https://meetup.com/columbus-rs/events/dpkhgrydcpbnb", // 465
                "http://www.meetup.com/Rust-Meetup-Hamburg/events/225865482/                 | https://meetup.com/Rust-Meetup-Hamburg/events/225865482", // 101
                "http://www.meetup.com/Rust-Amsterdam/events/218908906/#event-comments-section | https://meetup.com/Rust-Amsterdam/events/218908906", // 2015-01-05
                "https://WWW.Meetup.COM/rust-nyc/                                            | https://meetup.com/rust-nyc",
                "https://rustconf.com/                                                       | https://rustconf.com",
                "https://rustconf.com///                                                     | https://rustconf.com",
                "HTTP://cph.rs/                                                              | https://cph.rs",
                "https://luma.com/1bm27cah                                                   | https://luma.com/1bm27cah", // 665
                "https://www.youtube.com/watch?v=DIxjk0HTx5U                                 | https://youtube.com/watch?v=DIxjk0HTx5U", // 395
                "https://wwwrust.example/x/                                                  | https://wwwrust.example/x",
                "https://rust.www.example/x                                                  | https://rust.www.example/x",
            })
    void shouldNormaliseALink(String link, String normal) {
        assertEquals(Optional.of(normal), EventIdentity.normalise(link));
    }

    @Test
    void shouldDropTrackingParametersAndKeepTheOthers() {
        assertEquals(
                Optional.of("https://meetup.com/rust-nyc/events/295078036"),
                EventIdentity.normalise(
                        "https://www.meetup.com/rust-nyc/events/295078036/?utm_source=twir&utm_medium=email"));
        assertEquals(
                Optional.of("https://youtube.com/watch?v=DIxjk0HTx5U"),
                EventIdentity.normalise(
                        "https://www.youtube.com/watch?utm_campaign=x&v=DIxjk0HTx5U&UTM_Source=twir"));
        // Issue 119: other parameters stay, in their order.
        assertEquals(
                Optional.of(
                        "https://meetup.com/de-DE/Rust-Cologne-Bonn/events/229013352?eventId=229013352&chapter_analytics_code=UA-63812876-1"),
                EventIdentity.normalise(
                        "http://www.meetup.com/de-DE/Rust-Cologne-Bonn/events/229013352/?eventId=229013352&chapter_analytics_code=UA-63812876-1"));
    }

    @Test
    void shouldMakeTheSameLinkWrittenDifferentlyOneLink() {
        String a = "http://www.meetup.com/rust-nyc/events/295078036/";
        String b = "https://meetup.com/rust-nyc/events/295078036?utm_source=twir#details";
        assertEquals(EventIdentity.normalise(a), EventIdentity.normalise(b));
        assertNotEquals(
                EventIdentity.normalise(a),
                EventIdentity.normalise("https://meetup.com/rust-nyc/events/295078037"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "   ",
                "mailto:organisers@rust.example",
                "ftp://rust.example/events/1",
                "/rust-nyc/events/295078036",
                "meetup.com/rust-nyc",
                "https://",
                "https://exa mple.com/x",
                "javascript:alert(1)"
            })
    void shouldNotNormaliseWhatIsNotAnAbsoluteHttpLink(String link) {
        assertEquals(Optional.empty(), EventIdentity.normalise(link));
    }

    // --- eventPage ---------------------------------------------------------------------------

    @Test
    void shouldTakeAMeetupEventAsTheEventsPage() {
        // Issue 507: Rust NYC, group link and event link.
        assertEquals(
                Optional.of("https://meetup.com/rust-nyc/events/295078036"),
                page(
                        "https://www.meetup.com/rust-nyc/",
                        "https://www.meetup.com/rust-nyc/events/295078036"));
        // Issue 665: the group's link is another Meetup group's; the event's page is still one
        // event.
        assertEquals(
                Optional.of("https://meetup.com/seattle-rust-user-group/events/314520814"),
                page(
                        "https://www.meetup.com/join-srug",
                        "https://www.meetup.com/seattle-rust-user-group/events/314520814/"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://www.meetup.com/columbus-rs/", // 101: a group's page as the event link
                "http://www.meetup.com/Rust-Paris", // 103
                "https://www.meetup.com/columbus-rs/events/", // 465: the group's event list
                "https://www.meetup.com/indyrs/events",
                "https://www.meetup.com/rust-berlin/events/past/",
                "https://www.meetup.com/rust-berlin/events/calendar",
                "https://www.meetup.com/rust-berlin/past",
            })
    void shouldNotTakeAMeetupGroupPageForOneEvent(String link) {
        assertEquals(Optional.empty(), page(null, link));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://discord.gg/yNtPTb2", // 411: Rust Gamedev Monthly Meetup
                "https://discord.com/channels/442252698964721669/443773747350994945",
                "https://meet.jit.si/RustHackAndLearnBerlin", // 529: Rust Hack n Learn, every other
                // week
                "https://t.me/learn_rust_together_ukr", // 433
                "https://www.youtube.com/watch?v=DIxjk0HTx5U", // 395
                "https://youtu.be/DIxjk0HTx5U",
                "https://us02web.zoom.us/j/84163372846",
                "https://meet.google.com/abc-defg-hij",
                "https://www.twitch.tv/rustgamedev",
            })
    void shouldNotTakeARoomOrStreamForOneEvent(String link) {
        assertEquals(Optional.empty(), page("https://berline.rs/", link));
    }

    @Test
    void shouldNotTakeTheGroupsOwnLinkForOneEvent() {
        // Issues 449 and 453: the event link is the group's link (Copenhagen Rust, RustConf).
        assertEquals(Optional.empty(), page("https://cph.rs/", "https://cph.rs/"));
        assertEquals(Optional.empty(), page("https://rustconf.com/", "http://www.rustconf.com"));
    }

    @Test
    void shouldNotTakeASitesHomePageForOneEvent() {
        // Issue 543: RustNL 2024's link is a site's home page.
        assertEquals(Optional.empty(), page("https://rustnl.org/", "https://2024.rustnl.org/"));
    }

    @Test
    void shouldTakeAPageOnAnotherSiteThanTheGroupsForTheEventsPage() {
        // Issue 441: Entwickler.de's Rust Summit.
        assertEquals(
                Optional.of("https://entwickler.de/rust-summit"),
                page("https://entwickler.de/", "https://entwickler.de/rust-summit"));
        // Issue 529: Rust Calgary's group on Eventbrite, the event's own page there (its tracking
        // parameter is not utm_*, so it stays).
        assertEquals(
                Optional.of(
                        "https://eventbrite.ca/e/harnessing-rust-for-real-world-problems-hackathon-day-1-tickets-794992302377?aff=ebdsoporgprofile"),
                page(
                        "https://www.eventbrite.ca/o/rust-calgary-63449860593",
                        "https://www.eventbrite.ca/e/harnessing-rust-for-real-world-problems-hackathon-day-1-tickets-794992302377?aff=ebdsoporgprofile"));
    }

    @Test
    void shouldHaveNoPageWithoutAnEventLink() {
        assertEquals(Optional.empty(), page("https://www.meetup.com/rust-nyc/", null));
        assertEquals(Optional.empty(), page("https://www.meetup.com/rust-nyc/", "not a link"));
    }

    // --- key ---------------------------------------------------------------------------------

    @Test
    void shouldKeyAListingWithAnEventPageByTheUrl() {
        Listing l =
                listing(
                        "2023-08-09",
                        "https://www.meetup.com/rust-nyc/",
                        "https://www.meetup.com/rust-nyc/events/295078036");
        assertEquals(
                "url:https://meetup.com/rust-nyc/events/295078036",
                EventIdentity.key(l, EventIdentity.eventPage(l).orElseThrow()));
    }

    @Test
    void shouldKeyAListingWithoutAnEventPageByDateGroupLinkCityAndCountry() {
        // Issue 465: Columbus Rust Society's group link is its event list.
        Listing l =
                Listing.builder()
                        .startDate(LocalDate.parse("2022-11-10"))
                        .mode(Mode.IN_PERSON)
                        .locationRaw("Columbus, OH, US")
                        .city("Columbus")
                        .subdivision("OH")
                        .country("US")
                        .groupName("Columbus Rust Society")
                        .groupUrl("https://www.meetup.com/columbus-rs/events/")
                        .title("Monthly Meeting")
                        .eventUrl("https://www.meetup.com/columbus-rs/events/dpkhgrydcpbnb/")
                        .build();
        // Without a page (or with one that several dates share) the occasion is the identity.
        assertEquals(
                "at:2022-11-10|meetup.com/columbus-rs|columbus|us", EventIdentity.key(l, null));
        assertTrue(EventIdentity.key(l, null).startsWith(EventIdentity.OCCASION_PREFIX));
    }

    @Test
    void shouldKeyTheGroupByItsLinkSoThatARenamedGroupStaysOne() {
        // "RustConf" one week, "RustConf 2026" the next: one group link.
        Listing.Builder b =
                Listing.builder()
                        .startDate(LocalDate.parse("2026-09-08"))
                        .city("Montréal")
                        .country("CA")
                        .groupUrl("https://rustconf.com/");
        String before = EventIdentity.key(b.groupName("RustConf").title("RustConf").build(), null);
        String after =
                EventIdentity.key(
                        b.groupName("RustConf 2026").title("RustConf 2026").build(), null);
        assertEquals("at:2026-09-08|rustconf.com|montreal|ca", before);
        assertEquals(before, after);
    }

    @Test
    void shouldKeyTheGroupByItsNameOrElseTheTitleWithoutALink() {
        Listing.Builder b =
                Listing.builder()
                        .startDate(LocalDate.parse("2015-10-12"))
                        .title("Seattle Rust Meetup");
        assertEquals("at:2015-10-12|seattle-rust-meetup||", EventIdentity.key(b.build(), null));
        assertEquals(
                "at:2015-10-12|rust-zurich|zurich|ch",
                EventIdentity.key(
                        b.groupName("Rust Zürich").city("Zürich").country("CH").build(), null));
    }

    @Test
    void shouldKeyThePlaceByTheRawColumnWhenNoCityWasParsed() {
        Listing l =
                Listing.builder()
                        .startDate(LocalDate.parse("2025-12-17"))
                        .mode(Mode.VIRTUAL)
                        .locationRaw("Virtual (Nairobi, KE / New York, NY, US)")
                        .groupName("Rust Nairobi")
                        .build();
        assertEquals(
                "at:2025-12-17|rust-nairobi|virtual-nairobi-ke-new-york-ny-us|",
                EventIdentity.key(l, null));
    }

    @Test
    void shouldKeepEventsOfOneGroupOnOneDayApartByPlace() {
        Listing.Builder b =
                Listing.builder().startDate(LocalDate.parse("2026-05-19")).groupName("Rust Meetup");
        assertNotEquals(
                EventIdentity.key(b.city("Paris").country("FR").build(), null),
                EventIdentity.key(b.city("Paris").country("US").build(), null));
        assertNotEquals(
                EventIdentity.key(b.city("Paris").country("FR").build(), null),
                EventIdentity.key(b.city("Lyon").country("FR").build(), null));
        assertNotEquals(
                EventIdentity.key(b.startDate(LocalDate.parse("2026-05-19")).build(), null),
                EventIdentity.key(b.startDate(LocalDate.parse("2026-05-20")).build(), null));
    }

    // --- next occurrence ---------------------------------------------------------------------

    private static Event stored(String start) {
        Event e = new Event();
        e.startDate = LocalDate.parse(start);
        e.endDate = e.startDate;
        return e;
    }

    @Test
    void shouldTakeAnotherDateOfAPageWhoseEventHasTakenPlaceForTheNextOccurrence() {
        // Post Tenebras Lab's wiki page, linked every month: issue 629 (2025-12-10) listed it for
        // 2025-12-11, issue 631 (2025-12-24) for 2026-01-08.
        assertTrue(
                EventIdentity.isNextOccurrence(
                        stored("2025-12-11"),
                        LocalDate.parse("2026-01-08"),
                        LocalDate.parse("2025-12-24")));
    }

    @Test
    void shouldTakeAnotherDateOfAnEventNotYetHeldForAReschedule() {
        // Issue 631 (2025-12-24) moved Rust TLV's meetup from 2026-01-06 to 2026-01-07
        // (FeedChangeTest).
        assertFalse(
                EventIdentity.isNextOccurrence(
                        stored("2026-01-06"),
                        LocalDate.parse("2026-01-07"),
                        LocalDate.parse("2025-12-24")));
        // An event on the publication day has not taken place before it.
        assertFalse(
                EventIdentity.isNextOccurrence(
                        stored("2025-12-24"),
                        LocalDate.parse("2026-01-07"),
                        LocalDate.parse("2025-12-24")));
    }

    @Test
    void shouldTakeThePastEventListedAgainOnItsDateForTheSameEvent() {
        // A page whose event has taken place, listed again on the same day: the same event.
        assertFalse(
                EventIdentity.isNextOccurrence(
                        stored("2025-12-11"),
                        LocalDate.parse("2025-12-11"),
                        LocalDate.parse("2025-12-24")));
    }

    @Test
    void shouldKeyAnOccurrenceByThePageAndItsDate() {
        assertEquals(
                "url:https://wiki.rust.example/meetup@2026-01-08",
                EventIdentity.occurrenceKey(
                        "url:https://wiki.rust.example/meetup", LocalDate.parse("2026-01-08")));
    }

    // --- groupLink ---------------------------------------------------------------------------

    @Test
    void shouldMakeAGroupsEventListAndItsPageOneGroup() {
        Optional<String> group = Optional.of("https://meetup.com/rust-manchester");
        assertEquals(
                group, EventIdentity.groupLink("https://www.meetup.com/rust-manchester/events/"));
        assertEquals(group, EventIdentity.groupLink("https://www.meetup.com/rust-manchester"));
        assertEquals(group, EventIdentity.groupLink("http://meetup.com/rust-manchester/"));
        assertEquals(
                Optional.of("https://meetup.com/indyrs"),
                EventIdentity.groupLink("https://www.meetup.com/indyrs/events/")); // 573
    }

    @Test
    void shouldKeepAGroupLinkThatOnlyContainsEvents() {
        assertEquals(
                Optional.of("https://rust.example/events/rust"),
                EventIdentity.groupLink("https://rust.example/events/rust/"));
        assertEquals(
                Optional.of("https://rust.example/myevents-page"),
                EventIdentity.groupLink("https://rust.example/myevents-page"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"rust-manchester", "mailto:rust@manchester.example"})
    void shouldHaveNoGroupLinkForWhatIsNotALink(String link) {
        assertEquals(Optional.empty(), EventIdentity.groupLink(link));
    }
}
