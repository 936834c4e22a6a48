package dev.rustyevents.web;

import dev.rustyevents.event.Event;
import dev.rustyevents.event.EventAggregates;
import dev.rustyevents.event.EventFilter;
import dev.rustyevents.event.EventRepository;
import dev.rustyevents.event.EventSort;
import dev.rustyevents.event.GroupSummary;
import dev.rustyevents.http.PublicBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jboss.logging.Logger;

/**
 * {@code /robots.txt} (RFC 9309) and {@code /sitemap.xml} (sitemaps.org protocol 0.9): what a
 * crawler may fetch, and every page worth indexing with absolute URLs. Blocking: called on a worker
 * thread by {@link PageResponses}, which keeps both per data version.
 */
@ApplicationScoped
public class Sitemap {

    /**
     * The protocol's limit of URLs in one sitemap file (50,000; also 50 MB uncompressed, which
     * 50,000 of these URLs stay far below). Beyond it a sitemap index would be required; this one
     * instead stays within it by leaving out the events that started longest ago, and logs it.
     */
    static final int MAX_URLS = 50_000;

    static final String XML = "application/xml;charset=UTF-8";
    static final String TEXT = "text/plain;charset=UTF-8";

    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final Logger LOG = Logger.getLogger(Sitemap.class);

    private final EventRepository events;
    private final EventAggregates aggregates;

    public Sitemap(EventRepository events, EventAggregates aggregates) {
        this.events = events;
        this.aggregates = aggregates;
    }

    /**
     * @param base the public base of the sitemap's address ({@link PublicBase#absolute})
     * @return robots.txt: every page allowed, the admin API disallowed, and the sitemap's address
     */
    Html robots(PublicBase base) {
        String body =
                "# Rusty Events: the pages, the API and the feeds are public; the admin API is not.\n"
                        + "User-agent: *\n"
                        + "Allow: /\n"
                        + "Disallow: /api/admin\n"
                        + "\n"
                        + "Sitemap: "
                        + base.absolute("/sitemap.xml")
                        + "\n";
        return Html.ok(body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param today (UTC) for the groups' summaries
     * @param base the public base of every URL listed
     * @return the sitemap: {@code /}, {@code /stats}, every group page and every (visible) event
     *     page, newest events first, at most {@link #MAX_URLS} URLs; an event's {@code lastmod} is
     *     the day it last changed (W3C date)
     */
    @Transactional
    Html xml(LocalDate today, PublicBase base) {
        List<GroupSummary> groups = aggregates.groups(today);
        int room = Math.max(0, MAX_URLS - 2 - groups.size());
        var page =
                events.search(
                        EventFilter.from(LocalDate.of(1970, 1, 1)),
                        EventSort.DATE_DESCENDING,
                        1,
                        Math.max(1, room));
        List<Event> listed = room == 0 ? List.of() : page.items();
        if (page.total() > listed.size()) {
            LOG.warnf(
                    "sitemap: %d of %d event pages left out (the protocol's limit is %d URLs)",
                    page.total() - listed.size(), page.total(), MAX_URLS);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NAMESPACE);
            url(xml, base.absolute("/"), null);
            url(xml, base.absolute("/stats"), null);
            for (GroupSummary group : groups) {
                url(xml, base.absolute("/groups/" + group.slug()), null);
            }
            for (Event event : listed) {
                url(
                        xml,
                        base.absolute("/events/" + event.uid),
                        event.updatedAt == null
                                ? null
                                : DateTimeFormatter.ISO_LOCAL_DATE.format(
                                        event.updatedAt.atOffset(ZoneOffset.UTC)));
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap", e);
        }
        return Html.ok(out.toByteArray());
    }

    private static void url(XMLStreamWriter xml, String loc, String lastmod)
            throws XMLStreamException {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(loc);
        xml.writeEndElement();
        if (lastmod != null) {
            xml.writeStartElement("lastmod");
            xml.writeCharacters(lastmod);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
