package dev.rustyevents.api;

import dev.rustyevents.http.EncodedBody;
import jakarta.ws.rs.core.Link;
import java.util.List;

/**
 * An API response made once per data version.
 *
 * @param body the JSON bytes (UTF-8) uncoded, gzip- and Brotli-compressed, each with its strong tag
 * @param mediaType {@code application/json} or {@code application/ld+json}
 * @param links the {@code Link} header's links
 */
public record JsonRepresentation(EncodedBody body, String mediaType, List<Link> links) {}
