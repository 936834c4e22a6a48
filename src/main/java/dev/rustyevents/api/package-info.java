/**
 * The JSON API: thin resources over the event package, and RFC 9457 problem details for every
 * error.
 */
package dev.rustyevents.api;
