package dev.rustyevents.http;

import dev.rustyevents.event.EventFilter;
import dev.rustyevents.vocabulary.Mode;
import dev.rustyevents.vocabulary.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The feeds with a name, mirroring TWiR's sections: every event, the virtual events, one feed per
 * region heading, and the calls for proposals' deadlines. The one place that says what each
 * contains.
 *
 * @param content what its VEVENTs are
 * @param name the feed's name in URLs ({@code all}, {@code virtual}, {@code europe}, …)
 * @param path its path
 * @param spec its calendar name and description as listed: for events, {@link FilterDescription} of
 *     its own rule
 * @param restrict the rule it adds to the caller's filter
 */
public record NamedFeed(
        FeedContent content,
        String name,
        String path,
        FeedSpec spec,
        UnaryOperator<EventFilter> restrict) {

    static final String ALL = "all";
    static final String VIRTUAL = "virtual";
    static final String CFP = "cfp";

    /**
     * @return every named feed: {@code all} first, then {@code virtual}, the regions in TWiR's
     *     order, {@code cfp}
     */
    public static List<NamedFeed> all() {
        List<NamedFeed> feeds = new ArrayList<>();
        feeds.add(
                new NamedFeed(
                        FeedContent.EVENTS,
                        ALL,
                        "/calendar.ics",
                        describe(UnaryOperator.identity()),
                        UnaryOperator.identity()));
        UnaryOperator<EventFilter> virtual = f -> f.withModes(Set.of(Mode.VIRTUAL, Mode.HYBRID));
        feeds.add(
                new NamedFeed(
                        FeedContent.EVENTS,
                        VIRTUAL,
                        "/calendars/virtual.ics",
                        describe(virtual),
                        virtual));
        for (Region region : Region.values()) {
            UnaryOperator<EventFilter> inRegion =
                    f -> f.withRegion(region).withModes(Set.of(Mode.IN_PERSON, Mode.HYBRID));
            feeds.add(
                    new NamedFeed(
                            FeedContent.EVENTS,
                            region.code(),
                            "/calendars/" + region.code() + ".ics",
                            describe(inRegion),
                            inRegion));
        }
        feeds.add(
                new NamedFeed(
                        FeedContent.CALLS_FOR_PROPOSALS,
                        CFP,
                        "/calendars/cfp.ics",
                        new FeedSpec(
                                "Rust conferences: calls for proposals",
                                "Deadlines of calls for proposals of Rust conferences, from This Week in Rust's CFP - Events section"),
                        UnaryOperator.identity()));
        return feeds;
    }

    /**
     * @return the name and description of the feed's own rule, without the caller's filters (what
     *     {@code /api/feeds} lists; a request's feed is named after its whole filter, {@link
     *     FilterDescription})
     */
    private static FeedSpec describe(UnaryOperator<EventFilter> restrict) {
        return FilterDescription.of(
                restrict.apply(EventFilter.builder().build()), null, slug -> Optional.empty());
    }

    /**
     * @return the feed served at {@code /calendars/{name}.ics}, if there is one
     */
    public static Optional<NamedFeed> byName(String name) {
        return all().stream().filter(f -> !f.name.equals(ALL) && f.name.equals(name)).findFirst();
    }

    /**
     * @return the names {@code /calendars/{name}.ics} accepts
     */
    public static List<String> names() {
        return all().stream().map(NamedFeed::name).filter(n -> !n.equals(ALL)).toList();
    }
}
