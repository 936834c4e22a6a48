package dev.rustyevents.api;

import jakarta.ws.rs.core.Link;
import java.util.List;

/**
 * What a resource answers before it becomes bytes.
 *
 * @param entity the object to write as JSON (a DTO or a JSON-LD document), or a {@code String}
 *     written as it is in UTF-8 (Markdown)
 * @param links RFC 8288 links for the {@code Link} header (pagination), possibly empty
 */
public record ApiBody(Object entity, List<Link> links) {

    /**
     * @return a body without links
     */
    public static ApiBody of(Object entity) {
        return new ApiBody(entity, List.of());
    }
}
