package dev.rustyevents.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rustyevents.api.dto.CorrectionDto;
import dev.rustyevents.api.dto.CorrectionRequest;
import dev.rustyevents.http.ProblemException;
import dev.rustyevents.ingest.CorrectionService;
import dev.rustyevents.ingest.IngestLock;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Set;

/**
 * {@code /api/admin/events/{id}/correction}, behind {@link AdminAuthFilter}: an operator's
 * correction of one event (corrected title, days, place, mode, links, group; hidden or not; a note
 * saying why). It changes the stored event at once, so the API and every feed show it, and later
 * scrapes of the event keep it. The PATCH body is a JSON merge patch (RFC 7396) of the correction
 * document that GET returns: a member sets a field's correction, a null member removes it (TWiR's
 * value again). Changes wait for no ingest: while one runs they answer 409.
 */
@Path("/api/admin/events/{id}/correction")
@Produces(MediaType.APPLICATION_JSON)
public class CorrectionResource {

    private final CorrectionService corrections;
    private final IngestLock lock;
    private final ObjectMapper mapper;
    private final Validator validator;

    public CorrectionResource(
            CorrectionService corrections,
            IngestLock lock,
            ObjectMapper mapper,
            Validator validator) {
        this.corrections = corrections;
        this.lock = lock;
        this.mapper = mapper;
        this.validator = validator;
    }

    /**
     * @param id the event's public id (its RFC 5545 UID), hidden or not
     * @return the event's correction and the event as it now is
     * @throws ProblemException 404 when no event has this id, or it has no correction
     */
    @GET
    public CorrectionDto get(@PathParam("id") String id) {
        CorrectionService.Corrected found = corrections.find(id).orElseThrow(() -> unknown(id));
        if (found.correction() == null) {
            throw ProblemException.notFound("id", "event '" + id + "' has no correction");
        }
        return CorrectionDto.of(found.correction(), found.event());
    }

    /**
     * Sets or changes an event's correction.
     *
     * @param id the event's public id, hidden or not
     * @param patch a JSON merge patch of the correction document ({@link CorrectionRequest}), as
     *     {@code application/merge-patch+json} or {@code application/json}
     * @return the correction as stored and the event as it now is
     * @throws ProblemException 404 when no event has this id; 400 naming the member for an unknown
     *     mode or country, a last day before the first, a correction that changes nothing; 409
     *     while an ingest runs
     * @throws ConstraintViolationException 400 naming each member: a blank title or note, a
     *     malformed code or link, a field too long
     * @throws IOException 400 naming the member: an unknown one, a wrong type
     */
    @PATCH
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public CorrectionDto patch(@PathParam("id") String id, JsonNode patch) throws IOException {
        CorrectionService.Corrected found = corrections.find(id).orElseThrow(() -> unknown(id));
        CorrectionRequest request =
                MergePatch.apply(
                        mapper,
                        CorrectionRequest.of(found.correction()),
                        patch,
                        CorrectionRequest.class);
        Set<ConstraintViolation<CorrectionRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        var values = request.toCorrection();
        return lock.runExclusively(
                        () -> {
                            try {
                                CorrectionService.Corrected done =
                                        corrections
                                                .correct(id, values)
                                                .orElseThrow(() -> unknown(id));
                                return CorrectionDto.of(done.correction(), done.event());
                            } catch (CorrectionService.InvalidCorrection e) {
                                throw ProblemException.badParameter(e.field(), e.getMessage());
                            }
                        })
                .orElseThrow(ProblemException::busy);
    }

    /**
     * Removes an event's correction: the event is shown again, with what TWiR last listed.
     *
     * @param id the event's public id, hidden or not
     * @return 204
     * @throws ProblemException 404 when no event has this id or it has no correction; 409 while an
     *     ingest runs
     */
    @DELETE
    public Response delete(@PathParam("id") String id) {
        corrections.find(id).orElseThrow(() -> unknown(id));
        return lock.runExclusively(
                        () ->
                                corrections
                                        .undo(id)
                                        .map(e -> Response.noContent().build())
                                        .orElseThrow(
                                                () ->
                                                        ProblemException.notFound(
                                                                "id",
                                                                "event '"
                                                                        + id
                                                                        + "' has no correction")))
                .orElseThrow(ProblemException::busy);
    }

    private static ProblemException unknown(String id) {
        return ProblemException.notFound("id", "no event with id '" + id + "'");
    }
}
