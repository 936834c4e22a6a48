/**
 * Stored events, calls for proposals, TWiR issues and their listings (the JPA entities), every
 * query on them, and the summaries read from them. Imports {@code vocabulary} only.
 */
package dev.rustyevents.event;
