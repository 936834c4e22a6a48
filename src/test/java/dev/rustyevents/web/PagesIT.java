package dev.rustyevents.web;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * {@link PagesTest} against the packaged artifact (the native executable with {@code -Dnative}).
 */
@QuarkusIntegrationTest
class PagesIT extends PagesTest {}
