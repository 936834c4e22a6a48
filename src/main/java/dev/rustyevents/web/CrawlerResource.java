package dev.rustyevents.web;

import dev.rustyevents.http.PublicBase;
import dev.rustyevents.http.PublicBases;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;

/**
 * What crawlers read first: {@code /robots.txt} and {@code /sitemap.xml} ({@link Sitemap}), kept
 * per data version like the pages ({@link PageResponses}: strong ETag, 304, gzip and Brotli).
 */
@Path("/")
public class CrawlerResource {

    private final Sitemap sitemap;
    private final PageResponses responses;
    private final PublicBases bases;
    private final Clock clock;

    public CrawlerResource(
            Sitemap sitemap, PageResponses responses, PublicBases bases, Clock clock) {
        this.sitemap = sitemap;
        this.responses = responses;
        this.bases = bases;
        this.clock = clock;
    }

    /**
     * @return text/plain: which paths crawlers may fetch, and where the sitemap is
     */
    @GET
    @Path("robots.txt")
    @Produces(Sitemap.TEXT)
    public Uni<Response> robots(@Context Request request, @Context HttpHeaders headers) {
        PublicBase base = bases.current();
        return responses.serve(
                new PageResponses.Key("/robots.txt", "", LocalDate.now(clock), base),
                Sitemap.TEXT,
                () -> sitemap.robots(base),
                request,
                headers);
    }

    /**
     * @return application/xml: the sitemaps.org {@code urlset} of the pages
     */
    @GET
    @Path("sitemap.xml")
    @Produces(Sitemap.XML)
    public Uni<Response> sitemap(@Context Request request, @Context HttpHeaders headers) {
        LocalDate today = LocalDate.now(clock);
        PublicBase base = bases.current();
        return responses.serve(
                new PageResponses.Key("/sitemap.xml", "", today, base),
                Sitemap.XML,
                () -> sitemap.xml(today, base),
                request,
                headers);
    }
}
