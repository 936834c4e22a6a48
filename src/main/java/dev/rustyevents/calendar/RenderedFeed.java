package dev.rustyevents.calendar;

import io.vertx.core.buffer.Buffer;
import jakarta.ws.rs.core.EntityTag;
import java.util.Date;

/**
 * A feed rendered once per data version, in both encodings: a poll only picks bytes.
 *
 * @param identity the iCalendar bytes (UTF-8)
 * @param gzip the same bytes gzip-compressed (RFC 1952). Both are Vert.x buffers made once: Vert.x
 *     writes a duplicate of a buffer, never the buffer itself, so one is sent to every poller
 *     without a copy per request (measured: +30 % requests/s for the uncompressed feed over
 *     returning the byte array)
 * @param etag strong validator of {@code identity}: SHA-256 of the bytes
 * @param gzipEtag strong validator of {@code gzip} (RFC 9110 §8.8.3: each content coding is its own
 *     representation, so it has its own tag)
 * @param lastModified HTTP Last-Modified, whole seconds, UTC
 * @param events number of VEVENTs, for logs and benchmarks
 */
record RenderedFeed(
        Buffer identity,
        Buffer gzip,
        EntityTag etag,
        EntityTag gzipEtag,
        Date lastModified,
        int events) {}
