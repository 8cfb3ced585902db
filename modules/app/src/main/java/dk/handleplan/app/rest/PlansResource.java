package dk.handleplan.app.rest;

import dk.handleplan.app.plan.PlanTree;
import dk.handleplan.comments.CommentInput;
import dk.handleplan.comments.CommentService;
import dk.handleplan.comments.CommentView;
import dk.handleplan.app.plan.PlanTreeAssembler;
import dk.handleplan.deadlines.DeadlineFilter;
import dk.handleplan.deadlines.DeadlineService;
import dk.handleplan.deadlines.DeadlineView;
import dk.handleplan.kernel.ValidationException;
import dk.handleplan.themes.PlanInput;
import dk.handleplan.themes.PlanService;
import dk.handleplan.themes.PlanView;
import dk.handleplan.themes.SectionInput;
import dk.handleplan.themes.SectionService;
import dk.handleplan.themes.SectionView;
import dk.handleplan.app.security.Caller;
import dk.handleplan.app.security.Guard;
import dk.handleplan.app.security.Audited;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Transactional
@Audited
@Path("api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Action plans, their theme sections, the whole plan tree and its deadlines")
public class PlansResource {

    @Inject
    PlanService plans;

    @Inject
    Caller caller;

    @Inject
    SectionService sections;

    @Inject
    PlanTreeAssembler trees;

    @Inject
    DeadlineService deadlines;

    @Inject
    CommentService comments;

    @Inject
    PlanTreeJson treeJson;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "List plans (optionally of one offer): the active ones, or with archived=true the archived ones")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public List<PlanView> list(@QueryParam("offerId") Long offerId,
            @QueryParam("archived") @DefaultValue("false") boolean archived) {
        return plans.list(offerId, archived).stream().filter(p -> caller.canRead(p.offerId())).toList();
    }

    @POST
    @Operation(summary = "Create a plan for an offer")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public Response create(PlanInput input) {
        if (input != null && input.offerId() != null) {
            if (!caller.canRead(input.offerId())) {
                throw ValidationException.of("offerId", "offer " + input.offerId() + " does not exist");
            }
            caller.requireEdit(input.offerId(), "Offer", input.offerId());
        }
        PlanView plan = plans.create(input);
        return Created.at(uriInfo, "plans", plan.id(), plan);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The whole plan: sections, goals, activities, milestones and notes, in order. "
            + "Answers carry an ETag; send it as If-None-Match to get 304 while the plan is unchanged")
    @APIResponse(responseCode = "200", description = "The plan tree",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanTree.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.READ)
    public Response tree(@PathParam("id") long id,
            @Parameter(description = "also archived elements, flagged") @QueryParam("archived")
            @DefaultValue("false") boolean archived, @Context Request request) {
        PlanTreeJson.Json json = treeJson.of(id, archived);
        EntityTag etag = new EntityTag(json.etag());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(json.bytes(), MediaType.APPLICATION_JSON_TYPE).tag(etag).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a plan's header or status (send the version you read)")
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.EDIT)
    public PlanView update(@PathParam("id") long id, PlanInput input) {
        return plans.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Archive a plan (restorable)")
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.EDIT)
    public PlanView archive(@PathParam("id") long id) {
        return plans.archive(id);
    }

    @POST
    @Path("{id}/restore")
    @Operation(summary = "Restore an archived plan")
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.EDIT)
    public PlanView restore(@PathParam("id") long id) {
        return plans.restore(id);
    }

    @GET
    @Path("{id}/sections")
    @Operation(summary = "The plan's theme sections: the active ones, or with archived=true the archived ones")
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.READ)
    public List<SectionView> sections(@PathParam("id") long id,
            @QueryParam("archived") @DefaultValue("false") boolean archived) {
        return sections.list(id, archived);
    }

    @POST
    @Path("{id}/sections")
    @Operation(summary = "Add a theme section to the plan")
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.EDIT)
    public Response addSection(@PathParam("id") long id, SectionInput input) {
        SectionView section = sections.add(id, input);
        return Created.at(uriInfo, "sections", section.id(), section);
    }

    @GET
    @Path("{id}/deadlines")
    @Operation(summary = "Overdue and/or upcoming deadlines (activity ends and milestones), soonest first")
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.READ)
    public List<DeadlineView> deadlines(@PathParam("id") long id,
            @Parameter(description = "overdue, upcoming or all (default)") @QueryParam("status") String status,
            @Parameter(description = "look-ahead in days for upcoming (default 30, at most 366)")
            @QueryParam("days") String days) {
        return deadlines.deadlines(id, DeadlineFilter.parse(status), days(days));
    }

    private static Integer days(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of("days", "must be a whole number of days");
        }
    }

    @GET
    @Path("{id}/comments")
    @Operation(summary = "The plan's comments, newest first (open=true: only those not yet resolved; archived=true: the archived ones)")
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.COMMENT)
    public List<CommentView> comments(@PathParam("id") long id, @QueryParam("open") @DefaultValue("false") boolean open,
            @QueryParam("archived") @DefaultValue("false") boolean archived) {
        return comments.ofPlan(id, open, archived);
    }

    @POST
    @Path("{id}/comments")
    @Operation(summary = "Comment on the plan, or on one of its sections, goals or activities (target, targetId)")
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.COMMENT)
    public Response comment(@PathParam("id") long id, CommentInput input) {
        CommentView comment = comments.add(id, caller.username(), input);
        return Created.at(uriInfo, "comments", comment.id(), comment);
    }
}
