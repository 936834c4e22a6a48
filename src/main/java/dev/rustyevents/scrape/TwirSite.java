package dev.rustyevents.scrape;

import dev.rustyevents.config.TwirSourceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;

/**
 * Maps between TWiR's live URLs and the configured site root, so a mirror (over HTTP, or a {@code
 * file:} directory laid out like the site) serves the same paths, while the canonical live URL is
 * what gets stored.
 */
@ApplicationScoped
public class TwirSite {

    private final URI root;
    private final URI canonical;

    @Inject
    public TwirSite(TwirSourceConfig config) {
        this(config.url(), config.canonicalUrl());
    }

    /**
     * @param root where to read from, e.g. {@code https://this-week-in-rust.org} or {@code
     *     file:/srv/twir-mirror/}
     * @param canonical the live origin whose absolute links the pages carry
     */
    public TwirSite(URI root, URI canonical) {
        this.root = withSlash(absolute(root));
        this.canonical = withSlash(canonical);
    }

    /**
     * @return the configured root, with a trailing slash.
     */
    public URI root() {
        return root;
    }

    /**
     * @return the RSS feed under the root ({@code <root>/rss.xml}).
     */
    public URI rssFeed() {
        return root.resolve("rss.xml");
    }

    /**
     * @return the Atom feed under the root ({@code <root>/atom.xml}).
     */
    public URI atomFeed() {
        return root.resolve("atom.xml");
    }

    /**
     * @return the canonical live URL of the RSS feed, the base for resolving its links.
     */
    public String canonicalRssFeed() {
        return canonical.resolve("rss.xml").toString();
    }

    /**
     * @param url a URL as found in TWiR (absolute live URL, or relative to the live site)
     * @return where to fetch it: live-site URLs are re-rooted at the configured root; URLs of other
     *     hosts are returned unchanged
     */
    public URI toFetch(String url) {
        URI live = canonical.resolve(url.strip());
        String s = live.toString();
        String base = canonical.toString();
        if (s.startsWith(base)) {
            return root.resolve(s.substring(base.length()));
        }
        return live;
    }

    /**
     * @param url a URL as fetched or as found in TWiR
     * @return its canonical live form ({@code https://this-week-in-rust.org/…}) when it lies under
     *     the configured root, else the URL unchanged
     */
    public String toCanonical(String url) {
        String r = root.toString();
        if (url.startsWith(r)) {
            return canonical.resolve(url.substring(r.length())).toString();
        }
        return url;
    }

    /**
     * A relative {@code file:} URI ({@code file:mirror/}) is taken relative to the working
     * directory.
     */
    private static URI absolute(URI uri) {
        if ("file".equalsIgnoreCase(uri.getScheme()) && uri.isOpaque()) {
            String part = uri.getSchemeSpecificPart();
            URI abs = java.nio.file.Path.of(part).toAbsolutePath().normalize().toUri();
            return part.endsWith("/") ? withSlash(abs) : abs;
        }
        return uri;
    }

    private static URI withSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? uri : URI.create(s + "/");
    }
}
