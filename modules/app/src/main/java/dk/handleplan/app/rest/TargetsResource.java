package dk.handleplan.app.rest;

import dk.handleplan.app.security.Audited;
import dk.handleplan.app.security.Guard;
import dk.handleplan.monitoring.TargetInput;
import dk.handleplan.monitoring.TargetService;
import dk.handleplan.monitoring.TargetView;
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

/** A target for a figure (set under {@code /offers/{id}/targets}). */
@RequestScoped
@Transactional
@Audited
@Path("api/v1/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring")
public class TargetsResource {

    @Inject
    TargetService targets;

    @GET
    @Path("{id}")
    @Operation(summary = "Get a target")
    @Guard(value = Guard.Element.TARGET, action = Guard.Action.READ)
    public TargetView get(@PathParam("id") long id) {
        return targets.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a target's value, benchmark, period or goal (send the version you read; the figure"
            + " and department stay)")
    @Guard(value = Guard.Element.TARGET, action = Guard.Action.EDIT)
    public TargetView update(@PathParam("id") long id, TargetInput input) {
        return targets.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Archive a target (kept; restore with POST .../restore)")
    @Guard(value = Guard.Element.TARGET, action = Guard.Action.EDIT)
    public TargetView archive(@PathParam("id") long id) {
        return targets.archive(id);
    }

    @POST
    @Path("{id}/restore")
    @Operation(summary = "Restore an archived target (409 when the figure has another active target)")
    @Guard(value = Guard.Element.TARGET, action = Guard.Action.EDIT)
    public TargetView restore(@PathParam("id") long id) {
        return targets.restore(id);
    }
}
