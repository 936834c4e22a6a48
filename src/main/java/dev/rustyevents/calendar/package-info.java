/** Events as RFC 5545 iCalendar feeds: ical4j writes the bytes, the resource adds HTTP caching. */
package dev.rustyevents.calendar;
