package dev.rustyevents.atom;

import dev.rustyevents.http.EncodedBody;
import java.util.Date;

/**
 * An Atom feed rendered once per data version, in every content coding (as the iCalendar feeds: a
 * poll only picks bytes).
 *
 * @param body the XML bytes (UTF-8) uncoded, gzip- and Brotli-compressed, with a strong tag each
 *     (RFC 9110 §8.8.3)
 * @param lastModified HTTP Last-Modified, whole seconds, UTC
 */
record RenderedAtom(EncodedBody body, Date lastModified) {}
