package dk.handleplan.app.rest;

import dk.handleplan.goals.GoalInput;
import dk.handleplan.goals.GoalService;
import dk.handleplan.goals.GoalView;
import dk.handleplan.kernel.Ordered;
import dk.handleplan.themes.SectionInput;
import dk.handleplan.themes.SectionService;
import dk.handleplan.themes.SectionView;
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
@Path("api/v1/sections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sections", description = "Theme sections of a plan and their goals")
public class SectionsResource {

    @Inject
    SectionService sections;

    @Inject
    GoalService goals;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("{id}")
    @Operation(summary = "Get a theme section")
    @Guard(value = Guard.Element.SECTION, action = Guard.Action.READ)
    public SectionView get(@PathParam("id") long id) {
        return sections.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a theme section (send the version you read)")
    @Guard(value = Guard.Element.SECTION, action = Guard.Action.EDIT)
    public SectionView update(@PathParam("id") long id, SectionInput input) {
        return sections.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Archive a section; its goals stay with it and return when it is restored")
    @Guard(value = Guard.Element.SECTION, action = Guard.Action.EDIT)
    public SectionView archive(@PathParam("id") long id) {
        return sections.archive(id);
    }

    @POST
    @Path("{id}/restore")
    @Operation(summary = "Restore an archived section (placed last)")
    @Guard(value = Guard.Element.SECTION, action = Guard.Action.EDIT)
    public SectionView restore(@PathParam("id") long id) {
        return sections.restore(id);
    }

    @POST
    @Path("{id}/move")
    @Operation(summary = "Move a section one place up or down (direction=up|down)")
    @Guard(value = Guard.Element.SECTION, action = Guard.Action.EDIT)
    public SectionView move(@PathParam("id") long id, @QueryParam("direction") String direction) {
        return sections.move(id, Ordered.Direction.parse(direction));
    }

    @GET
    @Path("{id}/goals")
    @Operation(summary = "The section's goals: the active ones, or with archived=true the archived ones")
    @Guard(value = Guard.Element.SECTION, action = Guard.Action.READ)
    public List<GoalView> goals(@PathParam("id") long id,
            @QueryParam("archived") @DefaultValue("false") boolean archived) {
        return goals.list(id, archived);
    }

    @POST
    @Path("{id}/goals")
    @Operation(summary = "Add a goal to the section")
    @Guard(value = Guard.Element.SECTION, action = Guard.Action.EDIT)
    public Response addGoal(@PathParam("id") long id, GoalInput input) {
        GoalView goal = goals.add(id, input);
        return Created.at(uriInfo, "goals", goal.id(), goal);
    }
}
