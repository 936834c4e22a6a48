package dev.rustyevents.http;

import io.vertx.core.buffer.Buffer;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * One rendered body in every content coding it is served in, compressed once when it is made (on
 * the worker thread that renders it, before it is cached per data version), and the one place that
 * picks a coding and its entity tag for a request: feeds, pages and API answers all go through
 * {@link #select}.
 *
 * <p>Each coding is its own representation with its own strong tag (RFC 9110 §8.8.3): the identity
 * body's SHA-256 hex {@code "<hash>"}, and {@code "<hash>-gzip"}, {@code "<hash>-br"} for the
 * compressed ones, so {@code If-None-Match} matches only the copy the client holds. A coding is
 * kept only when it is smaller than the identity bytes (tiny bodies stay uncoded); Brotli only
 * where {@link Brotli#AVAILABLE} (never in a native executable).
 *
 * <p>The buffers are Vert.x buffers made once: Vert.x writes a duplicate of a buffer, never the
 * buffer itself, so one is sent to every client without a copy per request.
 */
public final class EncodedBody {

    private final Map<ContentCoding, Buffer> bodies;
    private final String hash;

    private EncodedBody(Map<ContentCoding, Buffer> bodies, String hash) {
        this.bodies = bodies;
        this.hash = hash;
    }

    /**
     * @param identity the rendered bytes; not copied, so not to be changed afterwards
     * @return them with their gzip (RFC 1952) and, where available, Brotli (RFC 7932) compressions
     */
    public static EncodedBody of(byte[] identity) {
        Map<ContentCoding, Buffer> bodies = new EnumMap<>(ContentCoding.class);
        bodies.put(ContentCoding.IDENTITY, Buffer.buffer(identity));
        byte[] gzip = gzip(identity);
        if (gzip.length < identity.length) {
            bodies.put(ContentCoding.GZIP, Buffer.buffer(gzip));
        }
        if (Brotli.AVAILABLE) {
            byte[] br = Brotli.compress(identity);
            if (br.length < identity.length) {
                bodies.put(ContentCoding.BR, Buffer.buffer(br));
            }
        }
        return new EncodedBody(bodies, ConditionalGet.strongTag(identity).getValue());
    }

    /**
     * @param coding one of the codings
     * @return the body in that coding, or null when it is not kept in it
     */
    public Buffer body(ContentCoding coding) {
        return bodies.get(coding);
    }

    /**
     * @return the strong tag of the identity bytes: their SHA-256, hex
     */
    public EntityTag identityTag() {
        return new EntityTag(hash);
    }

    /**
     * @param acceptEncoding the request's {@code Accept-Encoding}, or null
     * @return the coding to send ({@link AcceptEncoding#choose}), its bytes and its tag
     */
    public Selected select(String acceptEncoding) {
        ContentCoding coding = AcceptEncoding.choose(acceptEncoding, bodies.keySet());
        return new Selected(
                coding,
                bodies.get(coding),
                new EntityTag(
                        coding == ContentCoding.IDENTITY ? hash : hash + "-" + coding.token()));
    }

    /**
     * The answer to a GET of this body, the one rule of every cached representation (feeds, pages,
     * JSON, assets): the coding the request accepts ({@link #select}), a 304 when its validators
     * match (RFC 9110 §13.1.2 If-None-Match, §13.1.3 If-Modified-Since, through {@link
     * ConditionalGet}), otherwise {@code status} with the body, its {@code Content-Type} and {@code
     * Content-Encoding}; the tag, {@code Vary: Accept-Encoding} and {@code Last-Modified} either
     * way. The caller adds {@code Cache-Control} and anything else, then builds.
     *
     * @param status the status of a full answer: 200, or an error page's (never answered 304)
     * @param mediaType the {@code Content-Type}
     * @param lastModified the body's last change, or null when it has none (only the tag is
     *     compared)
     * @param request the JAX-RS request, whose {@code evaluatePreconditions} decides the 304
     * @param acceptEncoding the request's {@code Accept-Encoding}, or null
     * @param ifNoneMatch the request's {@code If-None-Match}, or null
     * @return the response builder, 200 (or {@code status}) or 304
     */
    public Response.ResponseBuilder respond(
            int status,
            String mediaType,
            java.util.Date lastModified,
            jakarta.ws.rs.core.Request request,
            String acceptEncoding,
            String ifNoneMatch) {
        Selected selected = select(acceptEncoding);
        Response.ResponseBuilder notModified =
                status == 200
                        ? ConditionalGet.notModified(
                                request, ifNoneMatch, selected.tag(), lastModified)
                        : null;
        Response.ResponseBuilder response =
                notModified != null
                        ? notModified
                        : Response.status(status).entity(selected.body()).type(mediaType);
        if (lastModified != null) {
            response.lastModified(lastModified);
        }
        return selected.describe(response, notModified == null);
    }

    /**
     * {@link #respond(int, String, java.util.Date, jakarta.ws.rs.core.Request, String, String)}
     * without {@code Last-Modified}, the request's {@code Accept-Encoding} and {@code
     * If-None-Match} read from its headers (on the request's thread).
     */
    public Response.ResponseBuilder respond(
            int status, String mediaType, jakarta.ws.rs.core.Request request, HttpHeaders headers) {
        return respond(
                status,
                mediaType,
                null,
                request,
                headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING),
                headers.getHeaderString(HttpHeaders.IF_NONE_MATCH));
    }

    /**
     * The representation chosen for one request.
     *
     * @param coding its content coding
     * @param body its bytes
     * @param tag its strong entity tag
     */
    public record Selected(ContentCoding coding, Buffer body, EntityTag tag) {

        /**
         * Adds what every answer with this body carries, a 304 too: the tag and {@code Vary:
         * Accept-Encoding} (merged with any other {@code Vary} by {@link SharedCacheHeaders}); and
         * {@code Content-Encoding} when {@code withBody} and the coding is not identity.
         *
         * @param response a 200 (or other status with this body) or 304 builder
         * @param withBody false for a 304, which has no body and so no content coding
         * @return the builder
         */
        public Response.ResponseBuilder describe(
                Response.ResponseBuilder response, boolean withBody) {
            if (withBody && coding != ContentCoding.IDENTITY) {
                response.header(HttpHeaders.CONTENT_ENCODING, coding.token());
            }
            return response.tag(tag).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
