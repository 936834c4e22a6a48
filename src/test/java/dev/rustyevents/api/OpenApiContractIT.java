package dev.rustyevents.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * {@link OpenApiContractTest} against the packaged artifact (the native executable with {@code
 * -Dnative}).
 */
@QuarkusIntegrationTest
class OpenApiContractIT extends OpenApiContractTest {}
