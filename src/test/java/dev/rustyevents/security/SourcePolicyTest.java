package dev.rustyevents.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rustyevents.scrape.FetchException;
import dev.rustyevents.scrape.SourcePolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SourcePolicy}: only the configured TWiR root, never an internal address or a local file by
 * surprise.
 */
class SourcePolicyTest {

    /**
     * A resolver that knows TWiR's host as a public address and the rest as the DNS would answer
     * them, without asking it.
     */
    private static final Map<String, String> DNS =
            Map.of(
                    "this-week-in-rust.org", "185.199.108.153",
                    "rebound.example", "169.254.169.254");

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.get(host.toLowerCase(java.util.Locale.ROOT));
        if (address != null) {
            return new InetAddress[] {
                InetAddress.getByAddress(host, InetAddress.getByName(address).getAddress())
            };
        }
        if (host.matches("[0-9.]+|\\[?[0-9a-fA-F:]+]?")) {
            return new InetAddress[] {InetAddress.getByName(host)};
        }
        throw new UnknownHostException(host);
    }

    private static final SourcePolicy LIVE =
            new SourcePolicy(
                    URI.create("https://this-week-in-rust.org/"), SourcePolicyTest::resolve);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://this-week-in-rust.org/rss.xml",
                "https://this-week-in-rust.org/blog/2026/08/19/this-week-in-rust-665/",
                "https://THIS-WEEK-IN-RUST.org:443/blog/archives/",
                "https://this-week-in-rust.org/blog/2026/08/19/this-week-in-rust-665/?utm=1"
            })
    void shouldAllowTheLiveSite(String url) throws FetchException {
        assertEquals(URI.create(url), LIVE.check(URI.create(url)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://twir@evil.example/",
                "https://this-week-in-rust.org@evil.example/rss.xml",
                "https://this-week-in-rust.org.evil.com/rss.xml",
                "https://evil.com/this-week-in-rust.org/",
                "http://this-week-in-rust.org/rss.xml",
                "https://this-week-in-rust.org:8443/rss.xml",
                "http://[::1]/",
                "http://127.0.0.1/",
                "http://0x7f000001/",
                "http://2130706433/",
                "http://169.254.169.254/latest/meta-data",
                "http://[fd00::1]/",
                "http://10.0.0.1/",
                "file:/etc/passwd",
                "file:///etc/passwd",
                "ftp://this-week-in-rust.org/rss.xml",
                "gopher://this-week-in-rust.org/",
                "https://this-week-in-rust.org/blog/../../etc/passwd",
                "https://this-week-in-rust.org/blog/%2e%2e/%2E%2E/etc/passwd",
                "https://this-week-in-rust.org/blog/..%2f..%2fetc/passwd",
                "mailto:twir@this-week-in-rust.org",
                "/rss.xml"
            })
    void shouldRefuseEverythingElse(String url) {
        FetchException e = assertThrows(FetchException.class, () -> LIVE.check(URI.create(url)));
        assertTrue(e.getMessage().contains("refused by the source policy"), e.getMessage());
    }

    @Test
    void shouldRefuseTheRootsOwnHostOnceItResolvesToAnInternalAddress() {
        // public when the policy was made, 169.254.169.254 (cloud metadata) at fetch time
        SourcePolicy later =
                new SourcePolicy(
                        URI.create("https://rebound.example/"),
                        new SourcePolicy.Resolver() {
                            private int calls;

                            @Override
                            public InetAddress[] resolve(String host) throws UnknownHostException {
                                if (calls++ == 0) {
                                    return SourcePolicyTest.resolve("this-week-in-rust.org");
                                }
                                return SourcePolicyTest.resolve(host);
                            }
                        });
        FetchException e =
                assertThrows(
                        FetchException.class,
                        () -> later.check(URI.create("https://rebound.example/rss.xml")));
        assertTrue(e.getMessage().contains("internal address"), e.getMessage());
    }

    @Test
    void shouldAllowALoopbackRootAndOnlyItsPort() throws FetchException {
        SourcePolicy mirror =
                new SourcePolicy(
                        URI.create("http://127.0.0.1:8000/mirror/"), SourcePolicyTest::resolve);
        mirror.check(URI.create("http://127.0.0.1:8000/mirror/rss.xml"));
        assertThrows(
                FetchException.class,
                () -> mirror.check(URI.create("http://127.0.0.1:8001/mirror/rss.xml")));
        assertThrows(
                FetchException.class,
                () -> mirror.check(URI.create("http://127.0.0.1:8000/rss.xml")));
        assertThrows(
                FetchException.class,
                () -> mirror.check(URI.create("http://127.0.0.1:8000/mirror/../admin")));
    }

    @Test
    void shouldReadFilesOnlyBelowAFileRoot() throws FetchException {
        URI root = URI.create(Path.of("target/policy-test-mirror").toAbsolutePath().toUri() + "/");
        SourcePolicy files = new SourcePolicy(root, SourcePolicyTest::resolve);
        files.check(root.resolve("rss.xml"));
        files.check(root.resolve("blog/2026/08/19/this-week-in-rust-665/"));
        for (String escape :
                new String[] {
                    "../pom.xml",
                    "blog/../../pom.xml",
                    "%2e%2e/pom.xml",
                    "blog/%2E%2E/%2e%2e/pom.xml"
                }) {
            URI uri = URI.create(root + escape);
            assertThrows(FetchException.class, () -> files.check(uri), escape);
        }
        assertThrows(FetchException.class, () -> files.check(URI.create("file:/etc/passwd")));
        assertThrows(
                FetchException.class,
                () -> files.check(URI.create("file://evil.example/share/rss.xml")));
        assertThrows(
                FetchException.class,
                () -> files.check(URI.create("https://this-week-in-rust.org/rss.xml")));
        assertThrows(
                FetchException.class,
                () -> LIVE.check(root.resolve("rss.xml")),
                "file: only when the root is file:");
    }
}
