package dev.rustyevents.http;

import dev.rustyevents.event.Columns;
import dev.rustyevents.event.EventRepository;
import dev.rustyevents.vocabulary.Slugs;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The one rule for a group slug in a URL ({@code /api/groups/{slug}}, {@code
 * /groups/{slug}/calendar.ics}).
 */
public final class GroupSlugs {

    private GroupSlugs() {}

    /**
     * @param raw the path segment as sent: a slug, or a group name
     * @return its slug ({@link Slugs#of(String)})
     * @throws ProblemException 404 when nothing of it is left as a slug, or it is longer than any
     *     stored one ({@link Columns#GROUP_SLUG})
     */
    public static String normalise(String raw) {
        String slug = Slugs.of(raw);
        if (slug == null || slug.isEmpty() || slug.length() > Columns.GROUP_SLUG) {
            throw new ProblemException(
                    Response.Status.NOT_FOUND,
                    "slug",
                    "no group with slug '" + ProblemException.echo(raw) + "'",
                    List.of());
        }
        return slug;
    }

    /**
     * @param slug a normalised slug no confirmed event has
     * @param events where to look for similar ones
     * @return a 404 naming up to 20 similar slugs ({@link EventRepository#similarGroupSlugs}) as
     *     the allowed values
     */
    public static ProblemException unknown(String slug, EventRepository events) {
        return new ProblemException(
                Response.Status.NOT_FOUND,
                "slug",
                "no group with slug '" + slug + "'; GET /api/groups lists them",
                events.similarGroupSlugs(slug, 20));
    }
}
