package dk.handleplan.app.rest;

import dk.handleplan.activities.ActivityInput;
import dk.handleplan.activities.ActivityService;
import dk.handleplan.activities.ActivityView;
import dk.handleplan.goals.GoalInput;
import dk.handleplan.goals.GoalService;
import dk.handleplan.goals.GoalView;
import dk.handleplan.kernel.Ordered;
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
@Path("api/v1/goals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Goals", description = "Goals of a section and their activities")
public class GoalsResource {

    @Inject
    GoalService goals;

    @Inject
    ActivityService activities;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("{id}")
    @Operation(summary = "Get a goal")
    @Guard(value = Guard.Element.GOAL, action = Guard.Action.READ)
    public GoalView get(@PathParam("id") long id) {
        return goals.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a goal (send the version you read)")
    @Guard(value = Guard.Element.GOAL, action = Guard.Action.EDIT)
    public GoalView update(@PathParam("id") long id, GoalInput input) {
        return goals.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Archive a goal; its activities stay with it and return when it is restored")
    @Guard(value = Guard.Element.GOAL, action = Guard.Action.EDIT)
    public GoalView archive(@PathParam("id") long id) {
        return goals.archive(id);
    }

    @POST
    @Path("{id}/restore")
    @Operation(summary = "Restore an archived goal (placed last)")
    @Guard(value = Guard.Element.GOAL, action = Guard.Action.EDIT)
    public GoalView restore(@PathParam("id") long id) {
        return goals.restore(id);
    }

    @POST
    @Path("{id}/move")
    @Operation(summary = "Move a goal one place up or down (direction=up|down)")
    @Guard(value = Guard.Element.GOAL, action = Guard.Action.EDIT)
    public GoalView move(@PathParam("id") long id, @QueryParam("direction") String direction) {
        return goals.move(id, Ordered.Direction.parse(direction));
    }

    @GET
    @Path("{id}/activities")
    @Operation(summary = "The goal's activities: the active ones, or with archived=true the archived ones")
    @Guard(value = Guard.Element.GOAL, action = Guard.Action.READ)
    public List<ActivityView> activities(@PathParam("id") long id,
            @QueryParam("archived") @DefaultValue("false") boolean archived) {
        return activities.list(id, archived);
    }

    @POST
    @Path("{id}/activities")
    @Operation(summary = "Add an activity to the goal")
    @Guard(value = Guard.Element.GOAL, action = Guard.Action.EDIT)
    public Response addActivity(@PathParam("id") long id, ActivityInput input) {
        ActivityView activity = activities.add(id, input);
        return Created.at(uriInfo, "activities", activity.id(), activity);
    }
}
