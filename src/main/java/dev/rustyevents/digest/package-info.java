/**
 * Content digests, written once: the SHA-256 that names a response body (strong entity tags in
 * {@code http}) and a page as last read (an issue's content hash in {@code ingest}). Pure
 * functions; imports no other package of the service, so any of them may import it.
 */
package dev.rustyevents.digest;
