package dev.rustyevents.atom;

import io.vertx.core.buffer.Buffer;
import jakarta.ws.rs.core.EntityTag;
import java.util.Date;

/**
 * An Atom feed rendered once per data version, in both encodings (as the iCalendar feeds: a poll
 * only picks bytes).
 *
 * @param identity the XML bytes (UTF-8)
 * @param gzip the same bytes gzip-compressed (RFC 1952)
 * @param etag strong validator of {@code identity}: SHA-256 of the bytes
 * @param gzipEtag strong validator of {@code gzip} (RFC 9110 §8.8.3)
 * @param lastModified HTTP Last-Modified, whole seconds, UTC
 */
record RenderedAtom(
        Buffer identity, Buffer gzip, EntityTag etag, EntityTag gzipEtag, Date lastModified) {}
