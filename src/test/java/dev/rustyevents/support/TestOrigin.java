package dev.rustyevents.support;

import io.restassured.RestAssured;

/**
 * The origin REST Assured sends its requests to. Without {@code rusty-events.feeds.public-url} (the
 * test profiles leave it unset) every absolute link the service writes is built on it.
 */
public final class TestOrigin {

    private TestOrigin() {}

    /**
     * @return {@code http://localhost:PORT}, the test port Quarkus picked ({@code
     *     quarkus.http.test-port=0})
     */
    public static String url() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    /**
     * @return {@link #url()} with the {@code webcal} scheme
     */
    public static String webcal() {
        return url().replaceFirst("^https?://", "webcal://");
    }
}
