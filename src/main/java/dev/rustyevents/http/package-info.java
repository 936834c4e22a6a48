/**
 * What the three ways out ({@code api}, {@code calendar}, {@code web}) share, so that none of them
 * imports another: the filter and paging parameters and their parsing, group slugs, RFC 9457
 * problems and their mapper, the named feeds and the public addresses that subscribe to them,
 * canonical query strings, representations cached per data version, entity tags and the
 * conditional-GET rule. Imports {@code event}, {@code vocabulary}, {@code cluster}, {@code digest}
 * and {@code config} only.
 */
package dev.rustyevents.http;
