/** Typed configuration, one mapping per concern, and the clock that says what today is. */
package dev.rustyevents.config;
