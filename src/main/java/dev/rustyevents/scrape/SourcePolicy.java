package dev.rustyevents.scrape;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where the fetcher may read from: only under the configured TWiR root ({@code
 * rusty-events.twir.url}), so no URL found in a page, a feed or an archive can make the service an
 * open proxy or reach an internal address (SSRF).
 *
 * <ul>
 *   <li>{@code http(s)}: the root's scheme, host (case-insensitive) and port (the scheme's default
 *       when absent), no user-info ({@code http://twir@evil/}), and a path under the root's path
 *       with no {@code ..} segment, percent-encoded or not.
 *   <li>{@code file}: only when the root itself is a {@code file:} directory, and then only a file
 *       below it once {@code ..} (percent-encoded too) is resolved.
 *   <li>Internal addresses (loopback, link-local such as 169.254.169.254, RFC 1918 private,
 *       100.64/10 shared, unspecified, multicast, IPv6 unique-local fc00::/7): refused when the
 *       host resolves to one, unless the configured root itself resolved to such an address when
 *       the policy was made (a mirror on the same machine, as the tests use). This catches a public
 *       name that is later pointed at an internal address; the HTTP client resolves the name again
 *       when it connects, so a resolver that answers differently within those milliseconds is not
 *       caught.
 * </ul>
 *
 * <p>No library in the build checks addresses this way (Guava's {@code InetAddresses} is not a
 * dependency, and would not know about ULA or 100.64/10 either), so the ranges are written here.
 */
public final class SourcePolicy {

    /** Resolves a host name to its addresses; {@link InetAddress#getAllByName} outside tests. */
    @FunctionalInterface
    public interface Resolver {
        /**
         * @param host a host name or address literal
         * @return its addresses
         * @throws UnknownHostException when it has none
         */
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final URI root;
    private final Resolver resolver;
    private final boolean internalRoot;

    /**
     * @param root the configured site root, absolute ({@link TwirSite#root()})
     */
    public SourcePolicy(URI root) {
        this(root, InetAddress::getAllByName);
    }

    /**
     * @param root the configured site root, absolute
     * @param resolver how host names are resolved
     */
    public SourcePolicy(URI root, Resolver resolver) {
        this.root = withSlash(root.normalize());
        this.resolver = resolver;
        this.internalRoot =
                isHttp(this.root)
                        && this.root.getHost() != null
                        && anyInternal(this.root.getHost());
    }

    /**
     * @return the root everything fetched must lie under
     */
    public URI root() {
        return root;
    }

    /**
     * @param uri a URI about to be fetched (a feed, an archive page, an issue page, a redirect's
     *     target)
     * @return the URI to fetch (normalised)
     * @throws FetchException naming the rule it breaks
     */
    public URI check(URI uri) throws FetchException {
        if (!uri.isAbsolute() || uri.isOpaque()) {
            throw refused(uri, "not an absolute hierarchical URL");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals(root.getScheme().toLowerCase(Locale.ROOT))) {
            throw refused(
                    uri,
                    "scheme '"
                            + scheme
                            + "' is not the configured root's ("
                            + root.getScheme()
                            + ")");
        }
        return scheme.equals("file") ? checkFile(uri) : checkHttp(uri);
    }

    private URI checkFile(URI uri) throws FetchException {
        if (uri.getRawAuthority() != null) {
            throw refused(uri, "a file: URL with a host");
        }
        Path base = Path.of(root).normalize();
        Path path;
        try {
            path = Path.of(uri).normalize();
        } catch (IllegalArgumentException e) {
            throw refused(uri, "not a file path: " + e.getMessage());
        }
        if (!path.startsWith(base)) {
            throw refused(uri, "outside the configured root " + root);
        }
        return uri;
    }

    private URI checkHttp(URI uri) throws FetchException {
        if (uri.getRawUserInfo() != null) {
            throw refused(uri, "user-info in the URL");
        }
        String host = uri.getHost();
        if (host == null) {
            throw refused(uri, "no host, or one that is not a valid host name");
        }
        if (!host.equalsIgnoreCase(root.getHost()) || port(uri) != port(root)) {
            throw refused(
                    uri, "not on the configured root's host " + root.getHost() + ":" + port(root));
        }
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        if (Arrays.asList(path.split("/")).contains("..") || !path.startsWith(root.getPath())) {
            throw refused(uri, "path outside the configured root " + root);
        }
        if (!internalRoot && anyInternal(host)) {
            throw refused(uri, "host " + host + " resolves to an internal address");
        }
        return uri;
    }

    /**
     * @return true when the host resolves to an internal address; false when it does not resolve
     *     (the connection will fail on its own)
     */
    private boolean anyInternal(String host) {
        try {
            return Arrays.stream(resolver.resolve(host)).anyMatch(SourcePolicy::isInternal);
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * @param address an address
     * @return true for loopback, link-local, site-local (RFC 1918, fec0::/10), unspecified,
     *     multicast, shared (100.64.0.0/10) and IPv6 unique-local (fc00::/7) addresses
     */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64 || (b[0] & 0xff) == 0;
        }
        return address instanceof Inet6Address && (b[0] & 0xfe) == 0xfc;
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static boolean isHttp(URI uri) {
        return "http".equalsIgnoreCase(uri.getScheme())
                || "https".equalsIgnoreCase(uri.getScheme());
    }

    private static URI withSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? uri : URI.create(s + "/");
    }

    private static FetchException refused(URI uri, String reason) {
        return new FetchException(uri, "refused by the source policy: " + reason, null);
    }
}
