package dev.rustyevents.scrape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a local HTTP server serving TWiR's real feed. */
@QuarkusTest
class TwirFetcherTest {

    private static final Path RSS = Path.of("src/test/resources/site/rss.xml");

    @Inject dev.rustyevents.config.FetchConfig config;

    /**
     * A fetcher whose source policy allows the local server, as a mirror configured there would.
     */
    private TwirFetcher fetcher;

    private HttpServer server;
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final AtomicInteger flakyCalls = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        byte[] rss = Files.readAllBytes(RSS);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(
                "/rss.xml",
                ex -> {
                    userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
                    ex.getResponseHeaders().add("ETag", "\"v1\"");
                    ex.getResponseHeaders().add("Last-Modified", "Wed, 19 Aug 2026 04:00:00 GMT");
                    if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                        send(ex, 304, null);
                    } else {
                        send(ex, 200, rss);
                    }
                });
        server.createContext(
                "/flaky",
                ex -> send(ex, flakyCalls.incrementAndGet() == 1 ? 503 : 200, "ok".getBytes()));
        server.createContext("/gone", ex -> send(ex, 404, "not here".getBytes()));
        server.createContext(
                "/huge",
                ex -> {
                    ex.sendResponseHeaders(200, 0); // chunked: no Content-Length to check up front
                    try (OutputStream out = ex.getResponseBody()) {
                        byte[] block = new byte[1 << 20];
                        for (int i = 0; i < 11; i++) {
                            out.write(block);
                        }
                    } catch (IOException ignored) {
                        // the client hung up once it had enough
                    }
                });
        server.start();
        fetcher = new TwirFetcher(config, new SourcePolicy(uri("/")));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body == null ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            if (body != null) {
                out.write(body);
            }
        }
    }

    @Test
    void shouldFetchWithUserAgentAndThenGet304WithTheValidators() throws Exception {
        Fetched first = fetcher.fetch(uri("/rss.xml"), FetchValidators.NONE);
        assertFalse(first.notModified());
        assertArrayEquals(Files.readAllBytes(RSS), first.body());
        assertEquals("\"v1\"", first.validators().etag());
        assertTrue(userAgents.get(0).startsWith("RustyEvents/"), userAgents.toString());

        Fetched second = fetcher.fetch(uri("/rss.xml"), first.validators());
        assertTrue(second.notModified());
        assertEquals(null, second.body());
    }

    @Test
    void shouldRetryAServerError() throws Exception {
        Fetched fetched = fetcher.fetch(uri("/flaky"), FetchValidators.NONE);
        assertEquals("ok", new String(fetched.body()));
        assertEquals(2, flakyCalls.get());
    }

    @Test
    void shouldNotRetryANotFound() {
        FetchException e =
                assertThrows(
                        FetchException.class,
                        () -> fetcher.fetch(uri("/gone"), FetchValidators.NONE));
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
    }

    @Test
    void shouldRefuseABodyOverTheSizeLimit() {
        FetchException e =
                assertThrows(
                        FetchException.class,
                        () -> fetcher.fetch(uri("/huge"), FetchValidators.NONE));
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
    }

    @Test
    void shouldFailClearlyWhenNothingListens() throws Exception {
        URI closed;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/rss.xml");
        }
        TwirFetcher toClosed = new TwirFetcher(config, new SourcePolicy(closed.resolve("/")));
        FetchException e =
                assertThrows(
                        FetchException.class, () -> toClosed.fetch(closed, FetchValidators.NONE));
        assertTrue(e.getMessage().contains("attempts"), e.getMessage());
    }
}
