package dev.rustyevents.api;

import io.vertx.core.buffer.Buffer;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Link;
import java.util.List;

/**
 * An API response made once per data version.
 *
 * @param body the JSON bytes (UTF-8), as a Vert.x buffer written to every client without a copy
 * @param tag strong validator of the bytes (SHA-256)
 * @param mediaType {@code application/json} or {@code application/ld+json}
 * @param links the {@code Link} header's links
 */
public record JsonRepresentation(Buffer body, EntityTag tag, String mediaType, List<Link> links) {}
