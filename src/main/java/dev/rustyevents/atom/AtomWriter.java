package dev.rustyevents.atom;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventPlace;
import dev.rustyevents.event.EventStatus;
import dev.rustyevents.http.FeedSpec;
import dev.rustyevents.vocabulary.Mode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Turns events into an Atom 1.0 feed (RFC 4287) with Rome; knows nothing about HTTP. Every value
 * comes from the records, so the same events give the same bytes.
 *
 * <p>Rome finds its generators through {@code com/rometools/rome/rome.properties} and creates them
 * by reflection, so the native image registers the ones that file names ({@code
 * quarkus.native.resources.includes} carries the file).
 */
@ApplicationScoped
@RegisterForReflection(
        targets = {
            com.rometools.rome.io.impl.Atom10Generator.class,
            com.rometools.rome.io.impl.Atom03Generator.class,
            com.rometools.rome.io.impl.RSS090Generator.class,
            com.rometools.rome.io.impl.RSS091NetscapeGenerator.class,
            com.rometools.rome.io.impl.RSS091UserlandGenerator.class,
            com.rometools.rome.io.impl.RSS092Generator.class,
            com.rometools.rome.io.impl.RSS093Generator.class,
            com.rometools.rome.io.impl.RSS094Generator.class,
            com.rometools.rome.io.impl.RSS10Generator.class,
            com.rometools.rome.io.impl.RSS20Generator.class,
            com.rometools.rome.io.impl.SyModuleGenerator.class,
            com.rometools.rome.io.impl.DCModuleGenerator.class
        })
public class AtomWriter {

    /**
     * @param spec the feed's title (the filter's name) and subtitle (its description)
     * @param self the feed's own absolute URL ({@code link rel="self"}, and its {@code id})
     * @param page the absolute URL of the page with the same filter ({@code link rel="alternate"})
     * @param absolute a path such as {@code /events/{uid}} → its absolute URL
     * @param events the entries, newest change first
     * @param empty {@code updated} of a feed without entries (RFC 4287 §4.1.1 requires one)
     * @return the feed as UTF-8 XML. Each entry: {@code id} {@code urn:uuid:} + the event's UID
     *     (RFC 4122 §3: UIDs are name-based UUIDs, so the id never changes); {@code title} the
     *     event's title; {@code updated} its last subscriber-visible change (a change re-surfaces
     *     it in readers); {@code published} when first stored; {@code link rel="alternate"} its
     *     page here, {@code link rel="related"} its own page (RFC 4287 §4.2.7.2 allows one
     *     alternate per type and language); {@code author} the group; {@code summary} days, place,
     *     mode and group as text
     * @throws IllegalStateException when Rome cannot write the feed (a bug, not bad input: text is
     *     cleared of characters XML 1.0 forbids)
     */
    public byte[] write(
            FeedSpec spec,
            String self,
            String page,
            UnaryOperator<String> absolute,
            List<Event> events,
            Instant empty) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(self);
        feed.setTitle(xml(spec.name()));
        feed.setSubtitle(text(spec.description()));
        feed.setUpdated(
                Date.from(
                        events.stream()
                                .map(e -> e.updatedAt)
                                .max(Instant::compareTo)
                                .orElse(empty)));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", page)));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", self)));
        feed.setAuthors(List.of(person("Rusty Events", absolute.apply("/"))));
        Generator generator = new Generator();
        generator.setValue("Rusty Events");
        generator.setUrl(absolute.apply("/"));
        feed.setGenerator(generator);
        List<Entry> entries = new ArrayList<>(events.size());
        for (Event e : events) {
            entries.add(entry(e, absolute));
        }
        feed.setEntries(entries);
        try {
            return new WireFeedOutput().outputString(feed, false).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome could not write the Atom feed", e);
        }
    }

    private static Entry entry(Event e, UnaryOperator<String> absolute) {
        Entry entry = new Entry();
        entry.setId("urn:uuid:" + e.uid);
        entry.setTitle(
                xml(e.title != null ? e.title : e.groupName != null ? e.groupName : "Rust event"));
        entry.setUpdated(Date.from(e.updatedAt));
        entry.setPublished(Date.from(e.createdAt));
        entry.setAlternateLinks(
                List.of(link("alternate", "text/html", absolute.apply("/events/" + e.uid))));
        String own = e.eventUrl != null ? e.eventUrl : e.groupUrl;
        if (own != null) {
            entry.setOtherLinks(List.of(link("related", null, own)));
        }
        entry.setAuthors(
                List.<SyndPerson>of(
                        person(
                                e.groupName != null ? e.groupName : "This Week in Rust",
                                e.groupName != null
                                        ? e.groupUrl
                                        : "https://this-week-in-rust.org/")));
        entry.setSummary(text(summary(e)));
        return entry;
    }

    /** "2026-09-03 to 2026-09-04 · Berlin, Germany · in person · Rust Berlin". */
    static String summary(Event e) {
        List<String> parts = new ArrayList<>();
        parts.add(
                e.endDate != null && !e.endDate.equals(e.startDate)
                        ? e.startDate + " to " + e.endDate
                        : e.startDate.toString());
        String place = EventPlace.display(e);
        if (place != null && e.mode != Mode.VIRTUAL) {
            parts.add(place);
        }
        if (e.mode != null) {
            parts.add(e.mode == Mode.IN_PERSON ? "in person" : e.mode.code());
        }
        if (e.groupName != null) {
            parts.add(e.groupName);
        }
        String line = String.join(" · ", parts);
        return e.status == EventStatus.DELISTED
                ? line + ". No longer listed in This Week in Rust: cancelled or moved."
                : line;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        if (type != null) {
            link.setType(type);
        }
        link.setHref(href);
        return link;
    }

    private static Person person(String name, String uri) {
        Person person = new Person();
        person.setName(xml(name));
        if (uri != null) {
            person.setUri(uri);
        }
        return person;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(xml(value));
        return content;
    }

    /**
     * @return the text without the characters XML 1.0 §2.2 forbids (controls other than tab, LF,
     *     CR; unpaired surrogates; U+FFFE, U+FFFF), each replaced by a space
     */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .forEach(
                        c ->
                                out.appendCodePoint(
                                        c == 0x9
                                                        || c == 0xA
                                                        || c == 0xD
                                                        || (c >= 0x20 && c <= 0xD7FF)
                                                        || (c >= 0xE000 && c <= 0xFFFD)
                                                        || c >= 0x10000
                                                ? c
                                                : ' '));
        return out.toString();
    }
}
