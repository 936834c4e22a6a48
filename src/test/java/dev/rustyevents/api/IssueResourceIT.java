package dev.rustyevents.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * {@link IssueResourceTest} against the packaged artifact (the native executable with {@code
 * -Dnative}).
 */
@QuarkusIntegrationTest
class IssueResourceIT extends IssueResourceTest {}
