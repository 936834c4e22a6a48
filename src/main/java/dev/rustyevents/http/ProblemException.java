package dev.rustyevents.http;

import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Thrown by resources to answer with an RFC 9457 problem; {@link ProblemMapper} writes it. */
public class ProblemException extends RuntimeException {

    /**
     * RFC 9110 §15.5.21: the request is well-formed, but what it asks cannot be done with its
     * content.
     */
    private static final Response.StatusType UNPROCESSABLE =
            new Response.StatusType() {
                @Override
                public int getStatusCode() {
                    return 422;
                }

                @Override
                public Response.Status.Family getFamily() {
                    return Response.Status.Family.CLIENT_ERROR;
                }

                @Override
                public String getReasonPhrase() {
                    return "Unprocessable Content";
                }
            };

    private final Response.StatusType status;
    private final String parameter;
    private final List<String> allowed;
    private final Map<String, String> headers;

    /**
     * @param status HTTP status to answer with
     * @param parameter the parameter at fault, or null
     * @param detail what is wrong, for a human
     * @param allowed accepted values, or null
     */
    public ProblemException(
            Response.StatusType status, String parameter, String detail, List<String> allowed) {
        this(status, parameter, detail, allowed, Map.of());
    }

    private ProblemException(
            Response.StatusType status,
            String parameter,
            String detail,
            List<String> allowed,
            Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.parameter = parameter;
        this.allowed = allowed;
        this.headers = headers;
    }

    /**
     * @param detail what is refused and why
     * @param retryAfter how long until the caller may try again; sent as {@code Retry-After} in
     *     whole seconds, rounded up (at least 1)
     * @return a 429 Too Many Requests
     */
    /**
     * @param parameter the credential at fault ({@code Authorization})
     * @param detail what is wrong, for a human
     * @param challenge the {@code WWW-Authenticate} value: a 401 must carry one (RFC 9110 §11.6.1,
     *     §15.5.2), e.g. {@code Bearer realm="admin"} (RFC 6750 §3)
     * @return a 401 problem with that challenge
     */
    public static ProblemException unauthorized(String parameter, String detail, String challenge) {
        return new ProblemException(
                Response.Status.UNAUTHORIZED,
                parameter,
                detail,
                null,
                Map.of("WWW-Authenticate", challenge));
    }

    public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new ProblemException(
                Response.Status.TOO_MANY_REQUESTS,
                null,
                detail,
                null,
                Map.of("Retry-After", Long.toString(seconds)));
    }

    /**
     * @return a 400 Bad Request naming the parameter.
     */
    public static ProblemException badParameter(String parameter, String detail) {
        return new ProblemException(Response.Status.BAD_REQUEST, parameter, detail, null);
    }

    /**
     * @return a 400 Bad Request naming the parameter and the values it accepts.
     */
    public static ProblemException badParameter(
            String parameter, String detail, List<String> allowed) {
        return new ProblemException(Response.Status.BAD_REQUEST, parameter, detail, allowed);
    }

    /**
     * @return a 422 Unprocessable Content: a well-formed request whose content cannot be used.
     */
    public static ProblemException unprocessable(String parameter, String detail) {
        return new ProblemException(UNPROCESSABLE, parameter, detail, null);
    }

    /**
     * @return a 409 Conflict: another ingest (scrape, backfill, import, correction) holds the
     *     ingest lock.
     */
    public static ProblemException busy() {
        return new ProblemException(
                Response.Status.CONFLICT,
                null,
                "another ingest is in progress; try again when it has finished",
                null);
    }

    /**
     * @return a 404 Not Found.
     */
    public static ProblemException notFound(String parameter, String detail) {
        return new ProblemException(Response.Status.NOT_FOUND, parameter, detail, null);
    }

    /**
     * @param value a value the caller sent
     * @return it as a problem's {@code detail} quotes it: at most 40 characters, then "…", so an
     *     overlong or hostile value is not echoed whole
     */
    public static String echo(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    public Response.StatusType status() {
        return status;
    }

    public String parameter() {
        return parameter;
    }

    public List<String> allowed() {
        return allowed;
    }

    /**
     * @return response headers the problem carries ({@code Retry-After}), empty for most
     */
    public Map<String, String> headers() {
        return headers;
    }
}
