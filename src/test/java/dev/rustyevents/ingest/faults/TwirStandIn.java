package dev.rustyevents.ingest.faults;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * A scripted stand-in for the TWiR site: a WireMock server on a free loopback port, started before
 * the application and set as its {@code rusty-events.twir.url}. It serves nothing until a test
 * stubs it ({@link StandInSite}); the test's field annotated {@link Server} receives it.
 */
public class TwirStandIn implements QuarkusTestResourceLifecycleManager {

    /** Marks the test's {@link WireMockServer} field that receives the running stand-in. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Server {}

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        // A scrape makes one request at a time; spare threads keep the stand-in answering while
        // a delayed answer (the timeout scenario) still holds one.
        server =
                new WireMockServer(
                        options()
                                .bindAddress("127.0.0.1")
                                .dynamicPort()
                                .containerThreads(8)
                                .jettyAcceptors(1));
        server.start();
        return Map.of("rusty-events.twir.url", "http://127.0.0.1:" + server.port() + "/");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(
                server,
                new TestInjector.AnnotatedAndMatchesType(Server.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
