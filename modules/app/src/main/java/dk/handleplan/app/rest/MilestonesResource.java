package dk.handleplan.app.rest;

import dk.handleplan.deadlines.MilestoneInput;
import dk.handleplan.deadlines.MilestoneService;
import dk.handleplan.deadlines.MilestoneView;
import dk.handleplan.app.security.Guard;
import dk.handleplan.app.security.Audited;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Transactional
@Audited
@Path("api/v1/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Activities")
public class MilestonesResource {

    @Inject
    MilestoneService milestones;

    @GET
    @Path("{id}")
    @Operation(summary = "Get a milestone")
    @Guard(value = Guard.Element.MILESTONE, action = Guard.Action.READ)
    public MilestoneView get(@PathParam("id") long id) {
        return milestones.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a milestone (send the version you read)")
    @Guard(value = Guard.Element.MILESTONE, action = Guard.Action.EDIT)
    public MilestoneView update(@PathParam("id") long id, MilestoneInput input) {
        return milestones.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Archive a milestone (restorable)")
    @Guard(value = Guard.Element.MILESTONE, action = Guard.Action.EDIT)
    public MilestoneView archive(@PathParam("id") long id) {
        return milestones.archive(id);
    }

    @POST
    @Path("{id}/restore")
    @Operation(summary = "Restore an archived milestone")
    @Guard(value = Guard.Element.MILESTONE, action = Guard.Action.EDIT)
    public MilestoneView restore(@PathParam("id") long id) {
        return milestones.restore(id);
    }
}
