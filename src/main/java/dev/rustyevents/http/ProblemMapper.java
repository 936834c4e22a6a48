package dev.rustyevents.http;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.temporal.Temporal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place errors become RFC 9457 problem+json: our {@link ProblemException}s, Bean Validation
 * failures and unreadable JSON bodies (400 naming the member at fault), JAX-RS errors (unknown
 * path, wrong method, unacceptable media type) and anything unexpected (500, logged, without
 * internals in the body). No well-kept problem-details extension resolves for this Quarkus line, so
 * these few mappers are ours. The one error answered before JAX-RS, a body larger than the limit,
 * is {@link BodyLimit}'s.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @Context UriInfo uri;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response response = respond(e.status(), e.getMessage(), e.parameter(), e.allowed(), null);
        e.headers().forEach((name, value) -> response.getHeaders().putSingle(name, value));
        return response;
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return respond(Response.Status.NOT_FOUND, "no resource at this path", null, null, null);
    }

    /** JAX-RS errors, and a JSON body Quarkus' reader could not parse (a 400 caused by Jackson). */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() == 400 && e.getCause() instanceof JsonProcessingException json) {
            return json(json);
        }
        return respond(status, e.getMessage(), null, null, null);
    }

    /**
     * Bean Validation: 400 naming every invalid member (the first in {@code parameter}, all in
     * {@code errors}); a violated constraint on a return value is our fault, 500.
     */
    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        if (e.getConstraintViolations().stream().anyMatch(ProblemMapper::onReturnValue)) {
            return serverError(e);
        }
        List<Problem.Invalid> errors =
                e.getConstraintViolations().stream()
                        .map(v -> new Problem.Invalid(member(v.getPropertyPath()), v.getMessage()))
                        .sorted(
                                Comparator.comparing(
                                                Problem.Invalid::parameter,
                                                Comparator.nullsFirst(Comparator.naturalOrder()))
                                        .thenComparing(Problem.Invalid::detail))
                        .toList();
        String detail =
                errors.stream()
                        .map(i -> i.parameter() + " " + i.detail())
                        .collect(Collectors.joining("; "));
        return respond(
                Response.Status.BAD_REQUEST,
                detail,
                errors.isEmpty() ? null : errors.get(0).parameter(),
                null,
                errors);
    }

    /**
     * A request body that is not the JSON expected: 400 naming the member (and, for an unknown one,
     * the members there are). Jackson's own definition and writing errors are ours, 500.
     */
    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        if (e instanceof InvalidDefinitionException || e instanceof JsonGenerationException) {
            return serverError(e);
        }
        String member = e instanceof JsonMappingException m ? member(m) : null;
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known =
                    u.getKnownPropertyIds() == null
                            ? null
                            : u.getKnownPropertyIds().stream()
                                    .map(Object::toString)
                                    .sorted()
                                    .toList();
            return respond(
                    Response.Status.BAD_REQUEST,
                    "unknown member '" + u.getPropertyName() + "'",
                    u.getPropertyName(),
                    known,
                    null);
        }
        if (e instanceof InvalidFormatException f) {
            return respond(
                    Response.Status.BAD_REQUEST,
                    "'" + f.getValue() + "' is not " + expected(f.getTargetType()),
                    member,
                    null,
                    null);
        }
        if (e instanceof MismatchedInputException m && member != null) {
            return respond(
                    Response.Status.BAD_REQUEST,
                    member + " must be " + expected(m.getTargetType()),
                    member,
                    null,
                    null);
        }
        return respond(
                Response.Status.BAD_REQUEST,
                "the body is not the JSON expected: " + e.getOriginalMessage(),
                member,
                null,
                null);
    }

    /** Quarkus maps this one itself, without problem details; ours goes first. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        return serverError(e);
    }

    private Response serverError(Throwable e) {
        LOG.error("unexpected error on " + path(), e);
        return respond(
                Response.Status.INTERNAL_SERVER_ERROR,
                "an unexpected error occurred; it has been logged",
                null,
                null,
                null);
    }

    private Response respond(
            Response.StatusType status,
            String detail,
            String parameter,
            List<String> allowed,
            List<Problem.Invalid> errors) {
        String title = status.getReasonPhrase() != null ? status.getReasonPhrase() : "Error";
        Problem body =
                new Problem(
                        "about:blank",
                        title,
                        status.getStatusCode(),
                        detail,
                        path(),
                        parameter,
                        allowed,
                        errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private String path() {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static boolean onReturnValue(ConstraintViolation<?> v) {
        return StreamSupport.stream(v.getPropertyPath().spliterator(), false)
                .anyMatch(n -> n.getKind() == ElementKind.RETURN_VALUE);
    }

    /**
     * @return the innermost named node of a violation's path: a bean property or a parameter
     */
    private static String member(Path path) {
        String name = null;
        for (Path.Node node : path) {
            if (node.getName() != null && node.getKind() != ElementKind.METHOD) {
                name = node.getName();
            }
        }
        return name;
    }

    /**
     * @return the JSON path of the member Jackson stopped at ({@code startDate}, {@code
     *     items[2].title}), or null
     */
    private static String member(JsonMappingException e) {
        String path =
                e.getPath().stream()
                        .map(
                                r ->
                                        r.getFieldName() != null
                                                ? "." + r.getFieldName()
                                                : r.getIndex() >= 0
                                                        ? "[" + r.getIndex() + "]"
                                                        : null)
                        .filter(Objects::nonNull)
                        .collect(Collectors.joining());
        return path.isEmpty() ? null : path.substring(path.startsWith(".") ? 1 : 0);
    }

    /**
     * @return what a value of the type looks like, for a human
     */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO 8601 date (YYYY-MM-DD)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return "a JSON "
                + (type.isArray() || Iterable.class.isAssignableFrom(type) ? "array" : "object");
    }
}
