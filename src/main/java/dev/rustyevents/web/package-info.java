/**
 * The HTML pages people use: upcoming events by week with filters and subscribe links, one event
 * with its history, one group, statistics and an embeddable list. Server-rendered with jte
 * templates ({@code src/main/jte}), usable without JavaScript; thin like {@code api}: read a
 * filter, ask {@code event}, render.
 */
package dev.rustyevents.web;
