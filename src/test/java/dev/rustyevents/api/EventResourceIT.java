package dev.rustyevents.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * {@link EventResourceTest} against the packaged artifact (the native executable with {@code
 * -Dnative}).
 */
@QuarkusIntegrationTest
class EventResourceIT extends EventResourceTest {}
