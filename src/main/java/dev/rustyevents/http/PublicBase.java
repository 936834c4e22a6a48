package dev.rustyevents.http;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The address the public reaches the service at, which every absolute link is built on: feeds'
 * SOURCE and URL (RFC 7986 §5.7, §5.8), subscribe links, the pages' embed snippet, the JSON-LD
 * identifiers. Either the configured {@code rusty-events.feeds.public-url} ({@link #of(URI)}) or,
 * without it, the request's own scheme and authority ({@link #of(String, String, int)}; {@link
 * PublicBases} picks). Every cache of a body holding such a link keys it by this value, so one
 * Host's links are never replayed to another.
 *
 * @param url scheme, authority and an optional path, without a trailing slash (e.g. {@code
 *     https://events.example.org} or {@code https://example.org/rust}); never holds a control
 *     character, a space, a quote or angle brackets
 */
public record PublicBase(String url) {

    /**
     * RFC 3986 §3.2.2 host, narrowed to what a real Host names: a DNS name or IPv4 address
     * (letters, digits, {@code -}, {@code .}, {@code _}), or an IPv6 literal in brackets. No
     * percent-encoding, no sub-delims: nothing that needs escaping in HTML, a header or a URL.
     */
    private static final Pattern HOST =
            Pattern.compile("[a-z0-9_](?:[a-z0-9_.-]{0,252}[a-z0-9_.])?|\\[[0-9a-f:.]{2,45}\\]");

    /** Characters that must never reach a link, whatever a configuration says. */
    private static final Pattern UNSAFE = Pattern.compile("[\\x00-\\x20\\x7f\"'<>\\\\`]");

    public PublicBase {
        if (url == null || UNSAFE.matcher(url).find() || url.endsWith("/")) {
            throw new IllegalArgumentException("not a public base URL: " + url);
        }
    }

    /**
     * The configured base, {@code rusty-events.feeds.public-url}.
     *
     * @param configured an absolute http(s) URL, optionally under a path; trailing slashes are
     *     dropped (so {@link #absolute} puts one slash between it and a path, and a base under a
     *     path keeps that path)
     * @return the base
     * @throws IllegalArgumentException when it is not an absolute http(s) URL, or holds characters
     *     unsafe in a link
     */
    public static PublicBase of(URI configured) {
        String scheme = configured.getScheme();
        if (!configured.isAbsolute()
                || configured.getRawAuthority() == null
                || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
            throw new IllegalArgumentException(
                    "rusty-events.feeds.public-url must be an absolute http(s) URL: " + configured);
        }
        return new PublicBase(configured.toString().replaceAll("/+$", ""));
    }

    /**
     * The base of one request: its scheme and authority (RFC 9110 §7.2 Host, or the {@code
     * Forwarded} / {@code X-Forwarded-*} values Quarkus put in their place when proxy forwarding is
     * on). The host is lower-cased and a port that is the scheme's default (80, 443) or absent is
     * left out, so one site has one base.
     *
     * @param scheme {@code http} or {@code https} (any case)
     * @param host the host as the request names it (a DNS name, an IPv4 address, an IPv6 address
     *     with or without brackets); null when the request named none
     * @param port 1-65535, or a negative number for none
     * @return the base, e.g. {@code https://events.example.org} or {@code http://localhost:8081}
     * @throws ProblemException 400 naming {@code Host} when the scheme is not http(s), the host is
     *     missing or not a plain host name or address, or the port is out of range
     */
    public static PublicBase of(String scheme, String host, int port) {
        String s = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
        if (!s.equals("http") && !s.equals("https")) {
            throw badHost("the request's scheme must be http or https");
        }
        String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
        if (h.indexOf(':') >= 0 && !h.startsWith("[")) {
            h = "[" + h + "]";
        }
        if (!HOST.matcher(h).matches()) {
            throw badHost("the request's Host is not a host name or address");
        }
        if (port == 0 || port > 65535) {
            throw badHost("the request's port is out of range");
        }
        boolean defaultPort =
                port < 0 || s.equals("http") && port == 80 || s.equals("https") && port == 443;
        return new PublicBase(s + "://" + h + (defaultPort ? "" : ":" + port));
    }

    /**
     * The one rule for public addresses.
     *
     * @param address a path and query starting with {@code /}, or empty for the base itself
     * @return {@link #url()} followed by {@code address}
     */
    public String absolute(String address) {
        return url + address;
    }

    private static ProblemException badHost(String detail) {
        return new ProblemException(Response.Status.BAD_REQUEST, "Host", detail, null);
    }
}
