/**
 * The words of the field, shared by the reader of TWiR ({@code scrape}) and the store ({@code
 * event}): TWiR's regions and their headings, attendance modes, ISO 3166-1 countries and the fixes
 * of TWiR's spellings, slugs. Pure values and functions; imports no other package of the service.
 */
package dev.rustyevents.vocabulary;
