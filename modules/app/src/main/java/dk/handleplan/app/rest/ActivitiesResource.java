package dk.handleplan.app.rest;

import dk.handleplan.activities.ActivityInput;
import dk.handleplan.activities.ActivityService;
import dk.handleplan.activities.ActivityView;
import dk.handleplan.activities.NoteInput;
import dk.handleplan.activities.NoteView;
import dk.handleplan.deadlines.MilestoneInput;
import dk.handleplan.deadlines.MilestoneService;
import dk.handleplan.deadlines.MilestoneView;
import dk.handleplan.kernel.Ordered;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Transactional
@Audited
@Path("api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Activities", description = "Activities, their progress notes and milestones")
public class ActivitiesResource {

    @Inject
    ActivityService activities;

    @Inject
    MilestoneService milestones;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("{id}")
    @Operation(summary = "Get an activity")
    @Guard(value = Guard.Element.ACTIVITY, action = Guard.Action.READ)
    public ActivityView get(@PathParam("id") long id) {
        return activities.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an activity, its time frame, responsible or status (send the version you read)")
    @Guard(value = Guard.Element.ACTIVITY, action = Guard.Action.EDIT)
    public ActivityView update(@PathParam("id") long id, ActivityInput input) {
        return activities.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Archive an activity (restorable)")
    @Guard(value = Guard.Element.ACTIVITY, action = Guard.Action.EDIT)
    public ActivityView archive(@PathParam("id") long id) {
        return activities.archive(id);
    }

    @POST
    @Path("{id}/restore")
    @Operation(summary = "Restore an archived activity (placed last)")
    @Guard(value = Guard.Element.ACTIVITY, action = Guard.Action.EDIT)
    public ActivityView restore(@PathParam("id") long id) {
        return activities.restore(id);
    }

    @POST
    @Path("{id}/move")
    @Operation(summary = "Move an activity one place up or down (direction=up|down)")
    @Guard(value = Guard.Element.ACTIVITY, action = Guard.Action.EDIT)
    public ActivityView move(@PathParam("id") long id, @QueryParam("direction") String direction) {
        return activities.move(id, Ordered.Direction.parse(direction));
    }

    @GET
    @Path("{id}/notes")
    @Operation(summary = "The activity's progress notes by date: the active ones, or with archived=true the archived ones")
    @Guard(value = Guard.Element.ACTIVITY, action = Guard.Action.READ)
    public List<NoteView> notes(@PathParam("id") long id,
            @QueryParam("archived") @DefaultValue("false") boolean archived) {
        return activities.notes(id, archived);
    }

    @POST
    @Path("{id}/notes")
    @Operation(summary = "Add a dated progress note (date defaults to today)")
    @Guard(value = Guard.Element.ACTIVITY, action = Guard.Action.ADD_NOTE)
    public Response addNote(@PathParam("id") long id, NoteInput input) {
        NoteView note = activities.addNote(id, NotesResource.signed(input, caller));
        return Created.at(uriInfo, "notes", note.id(), note);
    }

    @GET
    @Path("{id}/milestones")
    @Operation(summary = "The activity's milestones by date: the active ones, or with archived=true the archived ones")
    @Guard(value = Guard.Element.ACTIVITY, action = Guard.Action.READ)
    public List<MilestoneView> milestones(@PathParam("id") long id,
            @QueryParam("archived") @DefaultValue("false") boolean archived) {
        return milestones.list(id, archived);
    }

    @POST
    @Path("{id}/milestones")
    @Operation(summary = "Add a milestone (a dated event, optionally with times)")
    @Guard(value = Guard.Element.ACTIVITY, action = Guard.Action.EDIT)
    public Response addMilestone(@PathParam("id") long id, MilestoneInput input) {
        MilestoneView milestone = milestones.add(id, input);
        return Created.at(uriInfo, "milestones", milestone.id(), milestone);
    }
}
