package dev.rustyevents.api;

import dev.rustyevents.api.dto.IssueDto;
import dev.rustyevents.api.dto.ListingDto;
import dev.rustyevents.event.IssueRepository;
import dev.rustyevents.event.TwirIssue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** {@code /api/issues}: the TWiR issues read, and each issue's listings as parsed. */
@Path("/api/issues")
@Produces(MediaType.APPLICATION_JSON)
public class IssueResource {

    private final IssueRepository issues;

    public IssueResource(IssueRepository issues) {
        this.issues = issues;
    }

    /** @return every ingested issue, newest first, with listing and event counts and status. */
    @GET
    public List<IssueDto> list() {
        return issues.newestFirst().stream().map(IssueDto::of).toList();
    }

    /**
     * @param number the issue number
     * @return the issue with its listings in page order and the event each became
     * @throws ProblemException 400 when the number is not a whole number, 404 when not ingested
     */
    @GET
    @Path("{number}")
    public IssueDto get(@PathParam("number") String number) {
        int n = Paging.number("number", number, 1, 100_000);
        TwirIssue issue = issues.findByNumber(n)
                .orElseThrow(() -> ProblemException.notFound("number", "issue " + n + " has not been ingested"));
        return IssueDto.of(issue, issues.listingsOf(issue).stream().map(ListingDto::of).toList());
    }
}
