package dev.rustyevents.calendar;

import dev.rustyevents.http.EncodedBody;
import java.util.Date;

/**
 * A feed rendered once per data version, in every content coding: a poll only picks bytes.
 *
 * @param body the iCalendar bytes (UTF-8) uncoded, gzip- and Brotli-compressed, with a strong tag
 *     each (RFC 9110 §8.8.3). Vert.x buffers made once (measured: +30 % requests/s for the
 *     uncompressed feed over returning the byte array)
 * @param lastModified HTTP Last-Modified, whole seconds, UTC
 * @param events number of VEVENTs, for logs and benchmarks
 */
record RenderedFeed(EncodedBody body, Date lastModified, int events) {}
