package dev.rustyevents.ingest;

import dev.rustyevents.event.CallForProposals;
import dev.rustyevents.event.CfpRepository;
import dev.rustyevents.event.Columns;
import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventRepository;
import dev.rustyevents.event.VisibleFields;
import dev.rustyevents.scrape.CfpListing;
import dev.rustyevents.scrape.CfpParser;
import dev.rustyevents.scrape.CfpResult;
import dev.rustyevents.scrape.IssueRef;
import dev.rustyevents.scrape.Listing;
import dev.rustyevents.vocabulary.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.jsoup.nodes.Document;

/**
 * Turns one issue's "CFP - Events" section ({@link CfpParser}) into stored calls for proposals, and
 * each conference into an event, inside the transaction of the issue's ingest ({@link
 * IngestService} calls it once the issue's events are read; an anomalous or unchanged issue changes
 * no call either).
 *
 * <p>Identity of a call: its link, {@linkplain EventIdentity#normalise normalised} (a {@code #/…}
 * route kept: it names the form on single-page sites). Two exceptions: one link listed under two
 * names in one issue (TWiR 643 links NDC Techtown to Oxidize's call) is the call of the name
 * already stored under it (else of the first in page order), and the other names get the link and
 * their name as key; a link reused for a later edition (the same call page every year) starts a new
 * call, keyed with the edition's year, once the stored edition's conference is over (or, without
 * event dates, its deadline is {@value #EDITION_GAP_DAYS} days past). A listing without a link (a
 * text copy) is not stored: a call without a link to submit to is nothing to act on, and has no
 * identity.
 *
 * <p>Change tracking as for events ({@link EventWriter}): a later listing updates the call (an
 * extended deadline, new dates), raising SEQUENCE and {@code updatedAt} only when the name, links,
 * deadline, dates or place changed; what a later listing leaves out (event dates, place, event
 * page) is kept; an older issue read after a newer one changes no field. A call that leaves the
 * section has closed: it is not cancelled.
 *
 * <p>The conference as an event: the listing becomes an event {@link Listing} (title and group =
 * the conference's name, the event page if TWiR linked one, the dates and place) that goes through
 * the identity of {@link EventIdentity} first, then {@link #sameConference}, then the event the
 * stored call named (the conference's dates moved); new, it is {@link Event#cfpOnly}. An event that
 * Upcoming Events lists is never overwritten by the CFP section, which only fills a place, mode or
 * link it lacks. Without readable event dates there is no event.
 */
@ApplicationScoped
public class CfpIngest {

    private static final Logger LOG = Logger.getLogger(CfpIngest.class);

    /**
     * Days after a call's deadline after which its link, listed again, is a new edition's call
     * (without event dates to tell).
     */
    static final int EDITION_GAP_DAYS = 180;

    /** Days by which a conference's dates in the two sections may differ. */
    static final int DATE_SLACK_DAYS = 3;

    /** Shortest name (letters and digits, no year) that may be found inside a conference's name. */
    static final int MIN_NAME_LENGTH = 5;

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

    private final CfpParser parser = new CfpParser();
    private final CfpRepository cfps;
    private final EventRepository events;
    private final EventWriter writer;

    public CfpIngest(CfpRepository cfps, EventRepository events, EventWriter writer) {
        this.cfps = cfps;
        this.events = events;
        this.writer = writer;
    }

    /**
     * Reads the issue's CFP section and stores what it says; logs what happened. Call within the
     * issue's ingest transaction.
     *
     * @param ref the issue
     * @param page the issue's document (a page, a feed article, or a text copy's rendering)
     * @param now the ingest's time, UTC, for {@code createdAt}/{@code updatedAt}
     * @param corrected operators' corrections of events, applied to the conferences as to listings
     */
    public void ingest(
            IssueRef ref, Document page, Instant now, CorrectionService.Known corrected) {
        CfpResult parsed = parser.parse(page, ref.published());
        if (!parsed.sectionFound()) {
            return;
        }
        Run run = new Run(ref, now, corrected);
        Map<Integer, String> keys = keys(parsed.listings());
        for (CfpListing listing : parsed.listings()) {
            String baseKey = keys.get(listing.position());
            String key = baseKey == null ? null : run.key(baseKey, listing);
            CallForProposals call = key == null ? null : cfps.findByIdentity(key).orElse(null);
            Event event =
                    listing.startDate() == null
                            ? null
                            : run.conference(listing, call == null ? null : call.event);
            if (key == null) {
                run.unlinked++;
            } else {
                run.call(key, call, listing, event);
            }
        }
        LOG.infof(
                "issue %d: CFP section: %d entries, %d calls (%d new, %d updated), %d without a link, %d unreadable; "
                        + "conferences: %d new events, %d known, %d updated",
                ref.number(),
                parsed.listings().size() + parsed.problems().size(),
                run.calls,
                run.created,
                run.updated,
                run.unlinked,
                parsed.problems().size(),
                run.eventsCreated,
                run.eventsKnown,
                run.eventsUpdated);
        parsed.problems()
                .forEach(
                        p ->
                                LOG.warnf(
                                        "issue %d: CFP entry not read: %s (%s)",
                                        ref.number(), p.raw(), p.reason()));
        parsed.listings().stream()
                .filter(l -> l.note() != null)
                .forEach(
                        l ->
                                LOG.infof(
                                        "issue %d: CFP entry %s: %s",
                                        ref.number(), l.name(), l.note()));
    }

    /**
     * For the Upcoming Events ingest: the event that only the CFP section named and that this
     * listing is the same conference as ({@link #sameConference}), so that the listing merges with
     * it instead of adding a second event.
     *
     * @param listing a listing of the Upcoming Events section
     * @return the {@link Event#cfpOnly} event, or empty
     */
    public Optional<Event> cfpOnlyConference(Listing listing) {
        return sameConference(listing, true);
    }

    /**
     * The stored event that is the same conference as the listing: their days overlap (for equal
     * names, give or take {@value #DATE_SLACK_DAYS} days: the CFP section gave Rust in Paris 2025
     * as 15 March, Upcoming Events as 14 March; a contained name needs a real overlap, or the Rust
     * India Workshop of 04-17 would be the Rust India Conference of 04-18); their places agree (the
     * same country, and the same city when both say one; a side without a country does not decide);
     * and the conference's name as the CFP section gives it equals the other side's title or group
     * name, or contains it ("Oxidize Conference" contains "Oxidize 2026"), compared without case,
     * accents, punctuation, spaces and years ("Euro Rust 2024" is "EuroRust"), the contained name
     * at least {@value #MIN_NAME_LENGTH} characters. Only the conference's name may contain the
     * other, so a meetup titled after it ("RustConf Coffee Break Meetup") is not the conference.
     * Equal names go before contained ones; among several, the one starting nearest the listing's
     * first day, then the first stored.
     *
     * @param listing the conference made a listing (when {@code onlyCfpOnly} is false), or an
     *     Upcoming Events listing to match with the conferences
     * @param onlyCfpOnly true to look among {@link Event#cfpOnly} events only, whose names are then
     *     the conferences'
     */
    private Optional<Event> sameConference(Listing listing, boolean onlyCfpOnly) {
        if (listing.startDate() == null) {
            return Optional.empty();
        }
        List<String> names = compact(listing.title(), listing.groupName());
        if (names.isEmpty()) {
            return Optional.empty();
        }
        LocalDate end = listing.endDate() != null ? listing.endDate() : listing.startDate();
        int best = 0;
        List<Event> top = new ArrayList<>();
        for (Event event :
                events.overlapping(
                        listing.startDate().minusDays(DATE_SLACK_DAYS),
                        end.plusDays(DATE_SLACK_DAYS))) {
            if (onlyCfpOnly && !event.cfpOnly || !samePlace(event, listing)) {
                continue;
            }
            List<String> theirs = compact(event.title, event.groupName);
            int tier = onlyCfpOnly ? match(theirs, names) : match(names, theirs);
            boolean overlap =
                    !event.startDate.isAfter(end) && !event.endDate.isBefore(listing.startDate());
            if (tier == 1 && !overlap) {
                continue;
            }
            if (tier > best) {
                best = tier;
                top.clear();
            }
            if (tier > 0 && tier == best) {
                top.add(event);
            }
        }
        return top.stream()
                .min(
                        Comparator.comparing(
                                        (Event e) ->
                                                Math.abs(
                                                        ChronoUnit.DAYS.between(
                                                                e.startDate, listing.startDate())))
                                .thenComparing(e -> e.id));
    }

    /**
     * @return 2 when a conference name equals another name, 1 when it contains one, 0 otherwise
     */
    private static int match(List<String> conference, List<String> others) {
        int tier = 0;
        for (String name : conference) {
            for (String other : others) {
                if (name.equals(other)) {
                    return 2;
                }
                if (other.length() >= MIN_NAME_LENGTH && name.contains(other)) {
                    tier = 1;
                }
            }
        }
        return tier;
    }

    private static boolean samePlace(Event event, Listing listing) {
        if (event.country == null || listing.country() == null) {
            return true;
        }
        return event.country.equals(listing.country())
                && (event.city == null
                        || listing.city() == null
                        || Slugs.fold(event.city).equals(Slugs.fold(listing.city())));
    }

    /**
     * @return the names folded to letters and digits, years removed; blank ones left out
     */
    private static List<String> compact(String... names) {
        return Stream.of(names)
                .filter(Objects::nonNull)
                .map(n -> Slugs.fold(YEAR.matcher(n).replaceAll(" ")).replaceAll("[^a-z0-9]+", ""))
                .filter(n -> !n.isEmpty())
                .distinct()
                .toList();
    }

    /**
     * Identity keys of the issue's calls by position (see class comment); none for a listing
     * without an http(s) link.
     */
    private Map<Integer, String> keys(List<CfpListing> listings) {
        Map<String, List<CfpListing>> byLink = new LinkedHashMap<>();
        for (CfpListing listing : listings) {
            EventIdentity.normalise(listing.cfpUrl())
                    .map(url -> url + route(listing.cfpUrl()))
                    .ifPresent(
                            url ->
                                    byLink.computeIfAbsent("url:" + url, k -> new ArrayList<>())
                                            .add(listing));
        }
        Map<Integer, String> keys = new HashMap<>();
        byLink.forEach(
                (key, same) -> {
                    Set<String> names =
                            same.stream().map(l -> Slugs.of(l.name())).collect(Collectors.toSet());
                    String owner =
                            names.size() == 1
                                    ? Slugs.of(same.get(0).name())
                                    : cfps.findByIdentity(key)
                                            .map(c -> Slugs.of(c.name))
                                            .filter(names::contains)
                                            .orElse(Slugs.of(same.get(0).name()));
                    same.forEach(
                            l ->
                                    keys.put(
                                            l.position(),
                                            Slugs.of(l.name()).equals(owner)
                                                    ? key
                                                    : key + "|" + Slugs.of(l.name())));
                });
        return keys;
    }

    /**
     * @return the link's fragment when it is a route ({@code #/2/form/view/…}: the form a CryptPad
     *     link names, TWiR 533), which {@link EventIdentity#normalise} drops; else empty
     */
    private static String route(String url) {
        int hash = url.indexOf('#');
        return hash >= 0 && (url.startsWith("/", hash + 1) || url.startsWith("!", hash + 1))
                ? url.substring(hash)
                : "";
    }

    /** The upserts of one issue's section. */
    private final class Run {
        private final IssueRef ref;
        private final Instant now;
        private final CorrectionService.Known corrected;
        private int calls;
        private int created;
        private int updated;
        private int unlinked;
        private int eventsCreated;
        private int eventsKnown;
        private int eventsUpdated;

        Run(IssueRef ref, Instant now, CorrectionService.Known corrected) {
            this.ref = ref;
            this.now = now;
            this.corrected = corrected;
        }

        /**
         * @return the call's key: the base key, or the base key and the edition's year when the
         *     stored call is a past edition's
         */
        String key(String baseKey, CfpListing listing) {
            CallForProposals stored = cfps.findByIdentity(baseKey).orElse(null);
            if (stored != null && isPastEdition(stored, listing)) {
                return baseKey
                        + "@"
                        + (listing.startDate() != null ? listing.startDate() : listing.deadline())
                                .getYear();
            }
            return baseKey;
        }

        /**
         * @param call the call stored under the key, or null
         */
        void call(String key, CallForProposals call, CfpListing listing, Event event) {
            calls++;
            if (call == null) {
                writer.createCall(key, fields(listing), ref.number(), now, event);
                created++;
                return;
            }
            boolean newer = EventWriter.seenIn(call, ref.number());
            if (event != null && (newer || call.event == null)) {
                call.event = event;
            }
            if (!newer) {
                return;
            }
            CallForProposals incoming = fields(listing);
            keepWhatIsLeftOut(call, incoming);
            if (writer.change(call, incoming, now)) {
                updated++;
            }
        }

        /**
         * @return true when the stored call is a past edition's: its conference ended before this
         *     issue (or, without dates, its deadline is {@value #EDITION_GAP_DAYS} days past) and
         *     the listing's deadline comes after that
         */
        private boolean isPastEdition(CallForProposals stored, CfpListing listing) {
            LocalDate over =
                    stored.endDate != null
                            ? stored.endDate
                            : stored.startDate != null
                                    ? stored.startDate
                                    : stored.deadline.plusDays(EDITION_GAP_DAYS);
            return over.isBefore(ref.published()) && listing.deadline().isAfter(over);
        }

        /**
         * @param cfp the entry, with a start date
         * @param previous the event the stored call named, or null: when no event matches the entry
         *     (its dates moved), the call's conference is that event, changed
         */
        Event conference(CfpListing cfp, Event previous) {
            Listing listing = EventFields.conference(cfp);
            String page = EventIdentity.eventPage(listing).orElse(null);
            EventWriter.Match match =
                    writer.find(
                            EventIdentity.key(listing, page),
                            listing.startDate(),
                            ref.published(),
                            corrected,
                            new HashMap<>(),
                            Optional::empty);
            Event found = match.event();
            if (found == null) {
                found =
                        sameConference(listing, false)
                                .or(() -> Optional.ofNullable(previous))
                                .orElse(null);
            }
            Event incoming = EventFields.of(listing);
            if (found == null) {
                eventsCreated++;
                return writer.create(match.key(), incoming, ref.number(), now, true);
            }
            eventsKnown++;
            Event next = VisibleFields.detached(found);
            if (found.cfpOnly) {
                if (!EventWriter.seenIn(found, ref.number())) {
                    return found;
                }
                EventFields.fillGaps(found, incoming);
                next = incoming;
            } else {
                fillGapsOnly(next, incoming);
            }
            Corrections.apply(corrected.of(found), next);
            if (writer.change(found, next, found.status, found.hidden, now)) {
                eventsUpdated++;
            }
            return found;
        }
    }

    /**
     * An event Upcoming Events lists keeps its fields: the CFP section only gives a place, mode or
     * link it lacks.
     */
    private static void fillGapsOnly(Event known, Event cfp) {
        if (known.city == null && known.country == null) {
            known.city = cfp.city;
            known.subdivision = cfp.subdivision;
            known.country = cfp.country;
            known.region = known.region != null ? known.region : cfp.region;
        }
        known.mode = known.mode != null ? known.mode : cfp.mode;
        known.locationRaw = known.locationRaw != null ? known.locationRaw : cfp.locationRaw;
        known.eventUrl = known.eventUrl != null ? known.eventUrl : cfp.eventUrl;
    }

    /**
     * @return a detached call holding what the listing says, cut to the columns' widths
     */
    private static CallForProposals fields(CfpListing l) {
        CallForProposals c = new CallForProposals();
        c.name = Columns.clip(l.name(), Columns.CFP_NAME);
        c.cfpUrl = Columns.clip(l.cfpUrl(), Columns.URL);
        c.eventUrl = Columns.clip(l.eventUrl(), Columns.URL);
        c.deadline = l.deadline();
        c.startDate = l.startDate();
        c.endDate = l.endDate();
        c.mode = l.mode();
        c.city = Columns.clip(l.city(), Columns.CITY);
        c.subdivision = Columns.clip(l.subdivision(), Columns.SUBDIVISION);
        c.country = l.country();
        c.region = l.region();
        c.locationRaw = Columns.clip(l.locationRaw(), Columns.LOCATION_RAW);
        c.note = Columns.clip(l.note(), Columns.NOTE);
        return c;
    }

    /**
     * What a later listing leaves out (event dates, place, event page) is kept; a link differing
     * only in form keeps its known spelling.
     */
    private static void keepWhatIsLeftOut(CallForProposals known, CallForProposals incoming) {
        if (incoming.startDate == null) {
            incoming.startDate = known.startDate;
            incoming.endDate = known.endDate;
        }
        if (incoming.mode == null && incoming.city == null && incoming.country == null) {
            incoming.mode = known.mode;
            incoming.city = known.city;
            incoming.subdivision = known.subdivision;
            incoming.country = known.country;
            incoming.region = known.region;
            incoming.locationRaw = known.locationRaw;
        }
        if (incoming.eventUrl == null) {
            incoming.eventUrl = known.eventUrl;
        }
        if (EventIdentity.normalise(incoming.cfpUrl)
                .equals(EventIdentity.normalise(known.cfpUrl))) {
            incoming.cfpUrl = known.cfpUrl;
        }
    }
}
