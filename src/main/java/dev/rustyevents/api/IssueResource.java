package dev.rustyevents.api;

import dev.rustyevents.api.dto.IssueDto;
import dev.rustyevents.api.dto.ListingDto;
import dev.rustyevents.event.IssueRepository;
import dev.rustyevents.event.TwirIssue;
import dev.rustyevents.http.Paging;
import dev.rustyevents.http.ProblemException;
import dev.rustyevents.scrape.TwirMarkdown;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;

/** {@code /api/issues}: the TWiR issues read, and each issue's listings as parsed. */
@Path("/api/issues")
@Produces(MediaType.APPLICATION_JSON)
public class IssueResource {

    private final IssueRepository issues;
    private final ApiResponses responses;
    private final Clock clock;

    public IssueResource(IssueRepository issues, ApiResponses responses, Clock clock) {
        this.issues = issues;
        this.responses = responses;
        this.clock = clock;
    }

    /**
     * @return every ingested issue, newest first, with listing and event counts and status.
     */
    @GET
    public Uni<Response> list(@Context Request request, @Context HttpHeaders headers) {
        return responses.serve(
                new ApiCacheKey(
                        "/api/issues", "", MediaType.APPLICATION_JSON, LocalDate.now(clock)),
                () -> ApiBody.of(issues.newestFirst().stream().map(IssueDto::of).toList()),
                request,
                headers);
    }

    /**
     * @param number the issue number
     * @return the issue with its listings in page order and the event each became
     * @throws ProblemException 400 when the number is not a whole number, 404 when not ingested
     */
    @GET
    @Path("{number}")
    public Uni<Response> get(
            @PathParam("number") String number,
            @Context Request request,
            @Context HttpHeaders headers) {
        int n = Paging.number("number", number, 1, 100_000);
        return responses.serve(
                new ApiCacheKey(
                        "/api/issues/" + n, "", MediaType.APPLICATION_JSON, LocalDate.now(clock)),
                () -> {
                    TwirIssue issue = ingested(n);
                    return ApiBody.of(
                            IssueDto.of(
                                    issue,
                                    issues.listingsOf(issue).stream()
                                            .map(ListingDto::of)
                                            .toList()));
                },
                request,
                headers);
    }

    /**
     * @param number the issue number
     * @return the issue's listings written back as TWiR's current Markdown ({@link TwirMarkdown}):
     *     its region headings and entries in page order, from the parsed fields
     * @throws ProblemException 400 when the number is not a whole number, 404 when the issue is not
     *     ingested or lists no event that can be written (no events section, an empty one, or only
     *     unreadable entries)
     */
    @GET
    @Path("{number}/upcoming-events.md")
    @Produces(MarkdownListings.MEDIA_TYPE)
    public Uni<Response> markdown(
            @PathParam("number") String number,
            @Context Request request,
            @Context HttpHeaders headers) {
        int n = Paging.number("number", number, 1, 100_000);
        return responses.serve(
                new ApiCacheKey(
                        "/api/issues/" + n + "/upcoming-events.md",
                        "",
                        MarkdownListings.MEDIA_TYPE,
                        LocalDate.now(clock)),
                () -> {
                    TwirIssue issue = ingested(n);
                    String md =
                            TwirMarkdown.write(
                                    TwirMarkdown.asListed(
                                            issues.listingsOf(issue).stream()
                                                    .filter(l -> l.problem == null)
                                                    .map(MarkdownListings::of)
                                                    .toList()));
                    if (md.isEmpty()) {
                        throw ProblemException.notFound(
                                "number",
                                "issue "
                                        + n
                                        + " lists no event to write (status "
                                        + issue.status
                                        + "; see /api/issues/"
                                        + n
                                        + ")");
                    }
                    return ApiBody.of(md);
                },
                request,
                headers);
    }

    /**
     * @param n an issue number
     * @return the stored issue
     * @throws ProblemException 404 naming {@code number} when the issue has not been ingested
     */
    private TwirIssue ingested(int n) {
        return issues.findByNumber(n)
                .orElseThrow(
                        () ->
                                ProblemException.notFound(
                                        "number", "issue " + n + " has not been ingested"));
    }
}
