package dev.rustyevents.api;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place errors become RFC 9457 problem+json: our {@link ProblemException}s, JAX-RS
 * errors (unknown path, wrong method, unacceptable media type) and anything unexpected (500,
 * logged, without internals in the body). No well-kept problem-details extension resolves for
 * this Quarkus line, so these few mappers are ours.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Context
    UriInfo uri;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.status().getStatusCode(), e.getMessage(), e.parameter(), e.allowed());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return respond(404, "no resource at this path", null, null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        return respond(status, e.getMessage(), null, null);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.error("unexpected error on " + path(), e);
        return respond(500, "an unexpected error occurred; it has been logged", null, null);
    }

    private Response respond(int status, String detail, String parameter, java.util.List<String> allowed) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "Error";
        Problem body = new Problem("about:blank", title, status, detail, path(), parameter, allowed);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private String path() {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
