package dev.rustyevents.calendar;

import dev.rustyevents.config.FeedConfig;
import dev.rustyevents.event.CallForProposals;
import dev.rustyevents.event.CfpRepository;
import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventFilter;
import dev.rustyevents.event.EventRepository;
import dev.rustyevents.event.IssueRepository;
import dev.rustyevents.http.EncodedBody;
import dev.rustyevents.http.FeedContent;
import dev.rustyevents.http.FeedSpec;
import dev.rustyevents.http.FilterDescription;
import dev.rustyevents.http.GroupSlugs;
import dev.rustyevents.http.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders one feed from the database: the query, ical4j, the compressions and the validators, once
 * per data version (see {@link FeedCache}). Blocking: call it on a worker thread.
 */
@ApplicationScoped
public class FeedRenderer {

    private final EventRepository events;
    private final CfpRepository calls;
    private final IssueRepository issues;
    private final CalendarWriter writer;
    private final FeedConfig config;
    private final Clock clock;

    public FeedRenderer(
            EventRepository events,
            CfpRepository calls,
            IssueRepository issues,
            CalendarWriter writer,
            FeedConfig config,
            Clock clock) {
        this.events = events;
        this.calls = calls;
        this.issues = issues;
        this.writer = writer;
        this.config = config;
        this.clock = clock;
    }

    /**
     * @param request which feed
     * @throws ProblemException 404 for a group feed whose group no stored event has
     * @return its bytes (a feed of events is named and described after its whole filter, {@link
     *     FilterDescription}; the calls for proposals' feed by its {@link FeedRequest#spec()}) in
     *     every content coding and its validators. Last-Modified is the newest change to any stored
     *     event or call for proposals (nothing is ever deleted and a delisting is a change, so it
     *     never moves backwards), or the start of today (UTC) if later: the feed window moves
     *     daily, and a representation that may have changed must not claim an older date
     */
    @Transactional
    RenderedFeed render(FeedRequest request) {
        URI source = URI.create(request.base().absolute(request.address()));
        byte[] identity;
        int count;
        if (request.content() == FeedContent.CALLS_FOR_PROPOSALS) {
            List<CallForProposals> list = calls.search(request.filter());
            Map<Integer, String> issueUrls =
                    issues.urlsOf(list.stream().map(c -> c.firstIssue).distinct().toList());
            identity =
                    writer.writeCalls(
                            request.spec(), source, config.refreshInterval(), list, issueUrls);
            count = list.size();
        } else {
            List<Event> list = events.listAll(request.filter());
            Map<Integer, String> issueUrls =
                    issues.urlsOf(list.stream().map(e -> e.firstIssue).distinct().toList());
            if (request.content() == FeedContent.GROUP_EVENTS) {
                checkGroup(request.filter());
            }
            FeedSpec spec =
                    FilterDescription.of(
                            request.filter(), request.defaultFrom(), events::groupName);
            identity = writer.write(spec, source, config.refreshInterval(), list, issueUrls);
            count = list.size();
        }
        Instant today = LocalDate.now(clock).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant changed =
                java.util.stream.Stream.of(
                                events.lastChange(), calls.lastChange(), Optional.of(today))
                        .flatMap(Optional::stream)
                        .max(Instant::compareTo)
                        .orElseThrow();
        return new RenderedFeed(
                EncodedBody.of(identity),
                Date.from(changed.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)),
                count);
    }

    /**
     * @throws ProblemException 404 naming up to 20 similar slugs when no stored event has the
     *     filter's group
     */
    private void checkGroup(EventFilter filter) {
        String slug = filter.groupSlugs().iterator().next();
        if (events.groupName(slug).isEmpty()) {
            throw GroupSlugs.unknown(slug, events);
        }
    }
}
