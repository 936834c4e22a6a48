package dev.rustyevents.http;

import dev.rustyevents.event.Page;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/** Whole-number parameters and the pagination rules of every paged list. */
public final class Paging {

    private Paging() {}

    /**
     * @return the value as an int within [min, max]
     * @throws ProblemException 400 naming the parameter when it is not a whole number in range
     */
    public static int number(String name, String value, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter(
                    name, "'" + ProblemException.echo(value) + "' is not a whole number");
        }
        if (n < min || n > max) {
            throw ProblemException.badParameter(
                    name, name + " must be between " + min + " and " + max + ", not " + n);
        }
        return n;
    }

    /**
     * @param page a page of a result
     * @param path the list's path ({@code /api/events})
     * @param query the request's canonical query without {@code page}
     * @return RFC 8288 links to the first, previous, next and last pages (those that exist), as
     *     references relative to the service root, so they hold behind any proxy
     * @throws ProblemException 404 naming {@code page} when the page is past the last one (an empty
     *     result has one empty page)
     */
    public static List<Link> links(Page<?> page, String path, String query) {
        int last = page.pageCount();
        if (page.page() > last) {
            throw new ProblemException(
                    Response.Status.NOT_FOUND,
                    "page",
                    "page "
                            + page.page()
                            + " is past the last page, "
                            + last
                            + " ("
                            + page.total()
                            + " items)",
                    null);
        }
        List<Link> links = new ArrayList<>();
        links.add(link(path, query, 1, "first"));
        if (page.page() > 1) {
            links.add(link(path, query, page.page() - 1, "prev"));
        }
        if (page.page() < last) {
            links.add(link(path, query, page.page() + 1, "next"));
        }
        links.add(link(path, query, last, "last"));
        return links;
    }

    private static Link link(String path, String query, int page, String rel) {
        return Link.fromUri(path + "?" + (query.isEmpty() ? "" : query + "&") + "page=" + page)
                .rel(rel)
                .build();
    }
}
