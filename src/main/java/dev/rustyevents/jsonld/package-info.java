/**
 * schema.org JSON-LD for events ({@code Accept: application/ld+json}), ready to embed in a page for
 * search engines.
 */
package dev.rustyevents.jsonld;
