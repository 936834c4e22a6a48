package dev.rustyevents.web;

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
    private final Clock clock;

    public CrawlerResource(Sitemap sitemap, PageResponses responses, Clock clock) {
        this.sitemap = sitemap;
        this.responses = responses;
        this.clock = clock;
    }

    /**
     * @return text/plain: which paths crawlers may fetch, and where the sitemap is
     */
    @GET
    @Path("robots.txt")
    @Produces(Sitemap.TEXT)
    public Uni<Response> robots(@Context Request request, @Context HttpHeaders headers) {
        return responses.serve(
                new PageResponses.Key("/robots.txt", "", LocalDate.now(clock)),
                Sitemap.TEXT,
                sitemap::robots,
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
        return responses.serve(
                new PageResponses.Key("/sitemap.xml", "", today),
                Sitemap.XML,
                () -> sitemap.xml(today),
                request,
                headers);
    }
}
