package dev.rustyevents.calendar;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * {@link CalendarResourceTest} against the packaged artifact (the native executable with {@code
 * -Dnative}).
 */
@QuarkusIntegrationTest
class CalendarResourceIT extends CalendarResourceTest {}
