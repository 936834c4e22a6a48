package dev.rustyevents.scrape;

import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * The TWiR site as Quarkus REST Client sees it: one GET of any path under a base URI, with the
 * validators of a conditional GET. Built per origin by {@link TwirFetcher}.
 */
@Path("/")
public interface TwirHttpApi {

    /**
     * @param path path and query relative to the base URI, already percent-encoded
     * @param ifNoneMatch ETag from the last fetch, or null
     * @param ifModifiedSince Last-Modified from the last fetch, or null
     * @return the raw response (any status: the caller decides)
     */
    @GET
    @Path("{path: .*}")
    Response get(
            @PathParam("path") @Encoded String path,
            @HeaderParam("If-None-Match") String ifNoneMatch,
            @HeaderParam("If-Modified-Since") String ifModifiedSince);
}
