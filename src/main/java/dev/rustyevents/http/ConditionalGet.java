package dev.rustyevents.http;

import dev.rustyevents.digest.Sha256;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Date;

/**
 * Entity tags and the conditional-GET rule (RFC 9110 §8.8, §13), one place for the API and the
 * feeds.
 */
public final class ConditionalGet {

    private ConditionalGet() {}

    /**
     * @return a strong entity tag of these bytes: their SHA-256, hex ({@link Sha256#hex(byte[])})
     */
    public static EntityTag strongTag(byte[] bytes) {
        return new EntityTag(Sha256.hex(bytes));
    }

    /**
     * The answer to a conditional GET or HEAD, through JAX-RS {@link
     * Request#evaluatePreconditions}: If-None-Match first, If-Modified-Since only without it (RFC
     * 9110 §13.2.2).
     *
     * @param request the JAX-RS request
     * @param ifNoneMatch the raw If-None-Match header, or null
     * @param tag the current representation's strong tag
     * @param lastModified its Last-Modified, or null when it has none
     * @return a 304 builder when the client's copy is current, else null. RFC 9110 §13.1.2:
     *     If-None-Match compares weakly, so {@code W/"x"} matches our {@code "x"}; compressing
     *     proxies weaken the tags they pass on, and RESTEasy compares strongly, so that one case is
     *     checked here before asking JAX-RS
     */
    public static Response.ResponseBuilder notModified(
            Request request, String ifNoneMatch, EntityTag tag, Date lastModified) {
        if (weaklyMatches(ifNoneMatch, tag)) {
            return Response.notModified();
        }
        return lastModified == null
                ? request.evaluatePreconditions(tag)
                : request.evaluatePreconditions(lastModified, tag);
    }

    private static boolean weaklyMatches(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null || !ifNoneMatch.contains("W/")) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            if (candidate.strip().replaceFirst("^W/", "").equals("\"" + tag.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }
}
