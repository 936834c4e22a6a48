package dev.rustyevents.web;

import dev.rustyevents.http.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * The pages' assets under their versioned paths ({@link Assets#url}): {@code GET
 * /assets/<version>/<name>}.
 */
@Path("/assets/{version}/{name}")
public class AssetResource {

    /** A year, the longest RFC 9111 §5.2.2.1 caches are expected to honour; and immutable. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /**
     * A version that is not the current one: a page from before a deploy. It gets today's file,
     * kept briefly, rather than a 404 and an unstyled page.
     */
    static final String STALE = "public, max-age=300";

    /**
     * @param version the first 12 hex digits of the file's SHA-256
     * @param name the file
     * @return 200 with the file (gzip or Brotli when asked, strong ETag, 304 to {@code
     *     If-None-Match}); {@link #IMMUTABLE} for the current version, {@link #STALE} for another
     * @throws ProblemException 404 for a name that is not one of the assets
     */
    @GET
    public Response get(
            @PathParam("version") String version,
            @PathParam("name") String name,
            @Context Request request,
            @Context HttpHeaders headers) {
        Assets.Asset asset =
                Assets.get(name)
                        .orElseThrow(
                                () ->
                                        ProblemException.notFound(
                                                "name",
                                                "no asset named '"
                                                        + ProblemException.echo(name)
                                                        + "'"));
        return asset.body()
                .respond(200, asset.mediaType(), request, headers)
                .header(
                        HttpHeaders.CACHE_CONTROL,
                        version.equals(asset.version()) ? IMMUTABLE : STALE)
                .build();
    }
}
