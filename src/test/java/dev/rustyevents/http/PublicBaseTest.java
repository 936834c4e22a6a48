package dev.rustyevents.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PublicBaseTest {

    @Test
    void shouldJoinTheConfiguredUrlAndAPathWithOneSlash() {
        for (String base :
                new String[] {
                    "https://events.example.org",
                    "https://events.example.org/",
                    "https://events.example.org//"
                }) {
            PublicBase b = PublicBase.of(URI.create(base));
            assertEquals(
                    "https://events.example.org/calendar.ics?region=eu",
                    b.absolute("/calendar.ics?region=eu"),
                    base);
            assertEquals("https://events.example.org", b.absolute(""), base);
        }
        assertEquals(
                "https://example.org/rust/api/events/x",
                PublicBase.of(URI.create("https://example.org/rust/")).absolute("/api/events/x"));
    }

    @Test
    void shouldRefuseAConfiguredUrlThatIsNotAbsoluteHttp() {
        for (String bad :
                new String[] {
                    "/rust", "events.example.org", "ftp://events.example.org", "mailto:a@b"
                }) {
            assertThrows(IllegalArgumentException.class, () -> PublicBase.of(URI.create(bad)), bad);
        }
    }

    @Test
    void shouldBuildTheBaseOfARequestWithoutItsDefaultPort() {
        assertEquals("http://localhost:8081", PublicBase.of("http", "localhost", 8081).url());
        assertEquals("http://localhost", PublicBase.of("http", "localhost", 80).url());
        assertEquals(
                "https://events.example.org",
                PublicBase.of("HTTPS", "Events.Example.ORG", 443).url());
        assertEquals(
                "https://events.example.org",
                PublicBase.of("https", "events.example.org", -1).url());
        assertEquals(
                "https://events.example.org:80",
                PublicBase.of("https", "events.example.org", 80).url());
        assertEquals("http://127.0.0.1:8080", PublicBase.of("http", "127.0.0.1", 8080).url());
        assertEquals("http://[::1]:8080", PublicBase.of("http", "::1", 8080).url());
        assertEquals("http://[::1]:8080", PublicBase.of("http", "[::1]", 8080).url());
        assertEquals(
                "http://my_host.internal/x",
                PublicBase.of("http", "my_host.internal", -1).absolute("/x"));
    }

    @Test
    void shouldAnswer400ForAnUnusableSchemeHostOrPort() {
        String[] hosts = {
            null,
            "",
            "evil.example\r\nSet-Cookie: a=b",
            "evil.example\"><script>alert(1)</script>",
            "a b",
            "user@evil.example",
            "evil.example/path",
            "evil.example?q",
            "evil.example#x",
            "'evil'",
            "%65vil.example",
            ".",
            "[::1",
            "x".repeat(300)
        };
        for (String host : hosts) {
            ProblemException e =
                    assertThrows(
                            ProblemException.class,
                            () -> PublicBase.of("http", host, 8080),
                            String.valueOf(host));
            assertEquals(400, e.status().getStatusCode());
        }
        for (String scheme : new String[] {null, "", "javascript", "ftp", "webcal", "http\r\n"}) {
            assertEquals(
                    400,
                    assertThrows(
                                    ProblemException.class,
                                    () -> PublicBase.of(scheme, "events.example.org", -1))
                            .status()
                            .getStatusCode(),
                    String.valueOf(scheme));
        }
        for (int port : new int[] {0, 65536, 100000}) {
            assertThrows(ProblemException.class, () -> PublicBase.of("http", "localhost", port));
        }
    }

    @Test
    void shouldNeverHoldCharactersUnsafeInALink() {
        for (String bad :
                new String[] {
                    "https://a.example/\"",
                    "https://a.example/<b>",
                    "https://a.example/ x",
                    "https://a.example/\n",
                    "https://a.example/"
                }) {
            assertThrows(IllegalArgumentException.class, () -> new PublicBase(bad), bad);
        }
    }
}
