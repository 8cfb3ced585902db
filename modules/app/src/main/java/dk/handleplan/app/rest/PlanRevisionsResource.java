package dk.handleplan.app.rest;

import dk.handleplan.app.export.PlanVersions;
import dk.handleplan.app.export.PlanSnapshots;
import dk.handleplan.app.security.Audited;
import dk.handleplan.app.security.Caller;
import dk.handleplan.app.security.Guard;
import dk.handleplan.kernel.ValidationException;
import dk.handleplan.revisions.PlanSnapshot;
import dk.handleplan.revisions.PublishInput;
import dk.handleplan.revisions.RevisionComparison;
import dk.handleplan.revisions.RevisionService;
import dk.handleplan.revisions.RevisionView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A plan's published revisions: publishing, reading one as it was, and comparing two. */
@RequestScoped
@Transactional
@Audited
@Path("api/v1/plans/{id}/revisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Revisions", description = "Published revisions of a plan, their sign-off, and what changed between two")
public class PlanRevisionsResource {

    @Inject
    RevisionService revisions;
    @Inject
    PlanSnapshots snapshots;
    @Inject
    PlanVersions versions;
    @Inject
    Caller caller;
    @Context
    UriInfo uriInfo;

    /** A revision and the plan exactly as it was published. */
    public record RevisionDocument(RevisionView revision, PlanSnapshot plan) {
    }

    /** What changed from one version to another ({@code to} null: the plan as of now). */
    public record ComparisonView(long planId, int from, Integer to, RevisionComparison comparison) {
    }

    @GET
    @Operation(summary = "The plan's revisions, newest first")
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.READ)
    public List<RevisionView> list(@PathParam("id") long id) {
        return revisions.ofPlan(id);
    }

    @POST
    @Operation(summary = "Publish the plan as it is now as its next revision (dated today, optional comment); it is frozen")
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.EDIT)
    public Response publish(@PathParam("id") long id, PublishInput input) {
        RevisionView revision = revisions.publish(id, snapshots.now(id), caller.username(),
                input == null ? new PublishInput(null) : input);
        return Created.at(uriInfo, "revisions", revision.id(), revision);
    }

    @GET
    @Path("{number}")
    @Operation(summary = "A revision, with the plan exactly as it was published")
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.READ)
    public RevisionDocument get(@PathParam("id") long id, @PathParam("number") int number) {
        return new RevisionDocument(revisions.get(id, number), revisions.snapshot(id, number));
    }

    @GET
    @Path("compare")
    @Operation(summary = "What was added, changed, completed and archived from revision 'from' to revision 'to'"
            + " (without 'to': to the plan as of now)")
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.READ)
    public ComparisonView compare(@PathParam("id") long id, @QueryParam("from") Integer from,
            @QueryParam("to") Integer to) {
        if (from == null) {
            throw ValidationException.of("from", "is required: the number of the revision to compare from");
        }
        return new ComparisonView(id, from, to, versions.compare(id, from, to).comparison());
    }
}
