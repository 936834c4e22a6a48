package dev.rustyevents.api;

import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * Thrown by resources to answer with an RFC 9457 problem; {@link ProblemMapper} writes it.
 */
public class ProblemException extends RuntimeException {

    private final Response.Status status;
    private final String parameter;
    private final List<String> allowed;

    /**
     * @param status    HTTP status to answer with
     * @param parameter the parameter at fault, or null
     * @param detail    what is wrong, for a human
     * @param allowed   accepted values, or null
     */
    public ProblemException(Response.Status status, String parameter, String detail, List<String> allowed) {
        super(detail);
        this.status = status;
        this.parameter = parameter;
        this.allowed = allowed;
    }

    /** @return a 400 Bad Request naming the parameter. */
    public static ProblemException badParameter(String parameter, String detail) {
        return new ProblemException(Response.Status.BAD_REQUEST, parameter, detail, null);
    }

    /** @return a 400 Bad Request naming the parameter and the values it accepts. */
    public static ProblemException badParameter(String parameter, String detail, List<String> allowed) {
        return new ProblemException(Response.Status.BAD_REQUEST, parameter, detail, allowed);
    }

    /** @return a 404 Not Found. */
    public static ProblemException notFound(String parameter, String detail) {
        return new ProblemException(Response.Status.NOT_FOUND, parameter, detail, null);
    }

    public Response.Status status() {
        return status;
    }

    public String parameter() {
        return parameter;
    }

    public List<String> allowed() {
        return allowed;
    }
}
