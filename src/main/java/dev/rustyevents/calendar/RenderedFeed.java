package dev.rustyevents.calendar;

import jakarta.ws.rs.core.EntityTag;

import java.util.Date;

/**
 * A feed rendered once per data version, in both encodings: a poll only picks bytes.
 *
 * @param identity     the iCalendar bytes (UTF-8)
 * @param gzip         the same bytes gzip-compressed (RFC 1952)
 * @param etag         strong validator of {@code identity}: SHA-256 of the bytes
 * @param gzipEtag     strong validator of {@code gzip} (RFC 9110 §8.8.3: each content coding is
 *                     its own representation, so it has its own tag)
 * @param lastModified HTTP Last-Modified, whole seconds, UTC
 * @param events       number of VEVENTs, for logs and benchmarks
 */
record RenderedFeed(byte[] identity, byte[] gzip, EntityTag etag, EntityTag gzipEtag, Date lastModified, int events) {
}
