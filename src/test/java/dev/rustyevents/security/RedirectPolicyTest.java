package dev.rustyevents.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.rustyevents.config.FetchConfig;
import dev.rustyevents.config.TwirSourceConfig;
import dev.rustyevents.event.IssueRepository;
import dev.rustyevents.event.IssueStatus;
import dev.rustyevents.event.TwirIssue;
import dev.rustyevents.ingest.IngestService;
import dev.rustyevents.ingest.IssueReader;
import dev.rustyevents.scrape.IssueRef;
import dev.rustyevents.scrape.SourcePolicy;
import dev.rustyevents.scrape.TwirFetcher;
import dev.rustyevents.scrape.TwirSite;
import dev.rustyevents.support.CorpusPages;
import dev.rustyevents.support.EmptyDatabase;
import dev.rustyevents.support.EmptyDatabaseProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Redirects end to end: the issue reader with a fetcher whose configured root is a local "mirror"
 * that redirects. A redirect inside the root is followed; one off it (another port, the cloud
 * metadata address, a {@code file:} URL) or a loop is refused, the refusal recorded on the issue,
 * and the off-root server is never asked.
 */
@QuarkusTest
@TestProfile(EmptyDatabaseProfile.class)
class RedirectPolicyTest {

    private static final IssueRef ISSUE = CorpusPages.ref(633, "2026-01-07");

    @Inject TwirSourceConfig source;

    @Inject FetchConfig fetch;

    @Inject IngestService ingest;

    @Inject IssueRepository issues;

    @Inject EmptyDatabase database;

    private HttpServer mirror;
    private HttpServer elsewhere;
    private final AtomicInteger elsewhereHits = new AtomicInteger();
    private String issueTarget;
    private IssueReader reader;

    @BeforeEach
    void start() throws IOException {
        database.empty();
        elsewhere =
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        elsewhere.createContext(
                "/",
                ex -> {
                    elsewhereHits.incrementAndGet();
                    send(ex, 200, null, CorpusPages.page(633));
                });
        elsewhere.start();
        mirror = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = CorpusPages.page(633).getBytes(StandardCharsets.UTF_8);
        mirror.createContext(
                "/blog/2026/01/07/this-week-in-rust-633/", ex -> send(ex, 302, issueTarget, null));
        mirror.createContext(
                "/moved/633/", ex -> send(ex, 200, null, new String(page, StandardCharsets.UTF_8)));
        mirror.createContext("/loop/", ex -> send(ex, 302, "/loop/", null));
        mirror.start();
        URI root = URI.create("http://127.0.0.1:" + mirror.getAddress().getPort() + "/");
        TwirSite site = new TwirSite(root, source.canonicalUrl());
        reader =
                new IssueReader(
                        site, new TwirFetcher(fetch, new SourcePolicy(site.root())), ingest);
    }

    @AfterEach
    void stop() {
        mirror.stop(0);
        elsewhere.stop(0);
    }

    private static void send(HttpExchange ex, int status, String location, String body)
            throws IOException {
        if (location != null) {
            ex.getResponseHeaders().add("Location", location);
        }
        byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, bytes == null ? -1 : bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            if (bytes != null) {
                out.write(bytes);
            }
        }
    }

    private TwirIssue stored() {
        return QuarkusTransaction.requiringNew().call(() -> issues.findByNumber(633).orElseThrow());
    }

    @Test
    void shouldFollowARedirectInsideTheRoot() {
        issueTarget = "/moved/633/";
        assertTrue(reader.read(ISSUE, null).isPresent());
        assertEquals(IssueStatus.INGESTED, stored().status);
    }

    @Test
    void shouldRefuseARedirectToAnotherPortAndRecordWhy() {
        issueTarget = "http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/latest/meta-data";
        assertTrue(reader.read(ISSUE, null).isEmpty());
        TwirIssue issue = stored();
        assertEquals(IssueStatus.FAILED, issue.status);
        assertTrue(
                issue.statusDetail.contains(
                        "refused by the source policy: not on the configured root's host"),
                issue.statusDetail);
        assertEquals(0, elsewhereHits.get(), "the off-root server was never asked");
    }

    @Test
    void shouldRefuseRedirectsToTheMetadataAddressOrAFile() {
        for (String target :
                new String[] {
                    "http://169.254.169.254/latest/meta-data",
                    "file:/etc/passwd",
                    "http://evil.example@127.0.0.1/"
                }) {
            issueTarget = target;
            assertTrue(reader.read(ISSUE, null).isEmpty(), target);
            assertTrue(
                    stored().statusDetail.contains("refused by the source policy"),
                    stored().statusDetail);
        }
    }

    @Test
    void shouldGiveUpOnARedirectLoop() {
        issueTarget = "/loop/";
        assertTrue(reader.read(ISSUE, null).isEmpty());
        assertTrue(stored().statusDetail.contains("more than 5 redirects"), stored().statusDetail);
    }

    @Test
    void shouldRefuseAnIssueLinkToAnotherHost() {
        IssueRef offsite =
                new IssueRef(
                        634,
                        ISSUE.published(),
                        "http://127.0.0.1:"
                                + elsewhere.getAddress().getPort()
                                + "/blog/2026/01/07/this-week-in-rust-634/",
                        null);
        assertTrue(reader.read(offsite, null).isEmpty());
        TwirIssue issue =
                QuarkusTransaction.requiringNew()
                        .call(() -> issues.findByNumber(634).orElseThrow());
        assertTrue(issue.statusDetail.contains("refused by the source policy"), issue.statusDetail);
        assertEquals(0, elsewhereHits.get());
    }
}
