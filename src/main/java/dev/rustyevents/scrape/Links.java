package dev.rustyevents.scrape;

import org.jsoup.nodes.Element;

/**
 * Where a link of an issue page points, the one rule for every reader: the absolute URL jsoup
 * resolves against the page's base URI (the canonical URL, so {@code [Euro Rust](eurorust)}
 * becomes {@code https://this-week-in-rust.org/blog/…/eurorust}); where nothing can be resolved (a
 * relative {@code href} in content without a base URI), the {@code href} as written.
 */
final class Links {

    private Links() {}

    /**
     * @param link an {@code <a>} element, or null
     * @return its absolute URL, else its {@code href} as written (trimmed); null for a null link, a
     *     link without {@code href}, and an empty {@code href} where there is no base URI (with
     *     one, an empty {@code href} is the page itself, as in a browser)
     */
    static String url(Element link) {
        if (link == null) {
            return null;
        }
        String abs = link.absUrl("href");
        if (!abs.isEmpty()) {
            return abs;
        }
        String href = link.attr("href").strip();
        return href.isEmpty() ? null : href;
    }
}
