/**
 * Events → an Atom feed (RFC 4287) of new and changed events, with Rome; its resource and cache.
 */
package dev.rustyevents.atom;
