/** Stored events, calls for proposals, TWiR issues and their listings, the region/mode/country vocabulary, and every query on them. */
package dev.rustyevents.event;
