package dev.rustyevents.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link GazetteerBuiltInTest} against the packaged artifact (the native executable). */
@QuarkusIntegrationTest
class GazetteerBuiltInIT extends GazetteerBuiltInTest {}
