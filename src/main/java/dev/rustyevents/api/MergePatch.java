package dev.rustyevents.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rustyevents.http.ProblemException;
import java.io.IOException;

/**
 * JSON Merge Patch (RFC 7396) on a flat document (members whose values are not objects, as the
 * correction's are): each member of the patch replaces the target's, a null member removes it, an
 * absent one leaves it. Jackson's tree does the work; for flat documents RFC 7396 needs no
 * recursion, and no merge-patch library is a dependency already.
 */
final class MergePatch {

    /** The media type of a merge patch document (RFC 7396 §4). */
    static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatch() {}

    /**
     * @param mapper the application's object mapper
     * @param current the document as it is
     * @param patch the patch, as the request body was read (null for an empty body)
     * @param type the document's type
     * @return the patched document
     * @throws ProblemException 400 when the patch is not a JSON object
     * @throws IOException (Jackson's {@code JsonProcessingException}s) when the patched document is
     *     not of the type, naming the member: an unknown one, a value of the wrong type
     */
    static <T> T apply(ObjectMapper mapper, T current, JsonNode patch, Class<T> type)
            throws IOException {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.badParameter(
                    null,
                    "the body must be a JSON object: a merge patch (RFC 7396) of the document");
        }
        ObjectNode target = mapper.valueToTree(current);
        patch.properties()
                .forEach(
                        member -> {
                            if (member.getValue().isNull()) {
                                target.remove(member.getKey());
                            } else {
                                target.set(member.getKey(), member.getValue());
                            }
                        });
        return mapper.readerFor(type)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(target);
    }
}
