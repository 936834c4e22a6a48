package dev.rustyevents.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.rustyevents.http.EncodedBody;
import dev.rustyevents.jsonld.SchemaOrg;
import dev.rustyevents.jsonld.ScriptSafeEscapes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Makes an API response's bytes: runs the resource's query in a read transaction and writes the
 * result (a {@code String} entity as UTF-8 text, e.g. Markdown) with the application's Jackson
 * {@link ObjectMapper} (the one Quarkus REST uses: ISO 8601 dates, camelCase names). Blocking:
 * called on a worker thread by {@link ApiResponses}.
 */
@ApplicationScoped
public class ApiRenderer {

    private final ObjectMapper json;

    /**
     * JSON-LD is pasted into {@code <script>} blocks (docs/api.md), so it is written script-safe.
     */
    private final ObjectWriter scriptSafe;

    public ApiRenderer(ObjectMapper json) {
        this.json = json;
        this.scriptSafe = json.writer().with(new ScriptSafeEscapes());
    }

    /**
     * @param body the resource's query and mapping
     * @param mediaType the media type to label the bytes with
     * @return the bytes in every content coding, their strong ETags and links
     * @throws ProblemException as the body throws (404 for an unknown id, …)
     */
    @Transactional
    JsonRepresentation render(Supplier<ApiBody> body, String mediaType) {
        ApiBody answer = body.get();
        byte[] bytes;
        try {
            bytes =
                    answer.entity() instanceof String text
                            ? text.getBytes(java.nio.charset.StandardCharsets.UTF_8)
                            : mediaType.startsWith(SchemaOrg.MEDIA_TYPE)
                                    ? scriptSafe.writeValueAsBytes(answer.entity())
                                    : json.writeValueAsBytes(answer.entity());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot write " + answer.entity().getClass().getSimpleName() + " as JSON", e);
        }
        return new JsonRepresentation(EncodedBody.of(bytes), mediaType, answer.links());
    }
}
