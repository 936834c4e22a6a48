package dev.rustyevents.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details object ({@code application/problem+json}).
 *
 * @param type URI reference identifying the problem type ({@code about:blank} when the HTTP status
 *     says enough)
 * @param title short summary of the problem type
 * @param status the HTTP status code
 * @param detail what went wrong with this request, for a human
 * @param instance the request path
 * @param parameter extension member: the query or path parameter, or the request body's member, at
 *     fault, when there is one (the first, when there are several)
 * @param allowed extension member: the values the parameter accepts, when they are a short list
 * @param errors extension member: every invalid member of a request body, when it has several
 *     checks (RFC 9457 §3's "errors" example)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String parameter,
        List<String> allowed,
        List<Invalid> errors) {

    /** The media type of problem details (RFC 9457 §3). */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem without a list of invalid members. */
    public Problem(
            String type,
            String title,
            int status,
            String detail,
            String instance,
            String parameter,
            List<String> allowed) {
        this(type, title, status, detail, instance, parameter, allowed, null);
    }

    /**
     * One invalid member of a request body.
     *
     * @param parameter the member's name ({@code startDate})
     * @param detail what is wrong with it
     */
    public record Invalid(String parameter, String detail) {}
}
