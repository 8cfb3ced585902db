package dk.handleplan.app.rest;

import dk.handleplan.app.security.Audited;
import dk.handleplan.app.security.Guard;
import dk.handleplan.monitoring.StaffFiguresInput;
import dk.handleplan.monitoring.StaffFiguresService;
import dk.handleplan.monitoring.StaffFiguresView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A department's staff figures for one quarter (entered under {@code /departments/{id}/staff-figures}). */
@RequestScoped
@Transactional
@Audited
@Path("api/v1/staff-figures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring", description = "Quarterly staff figures and key figures")
public class StaffFiguresResource {

    @Inject
    StaffFiguresService staffFigures;

    @GET
    @Path("{id}")
    @Operation(summary = "Get one quarter's staff figures of a department")
    @Guard(value = Guard.Element.STAFF_FIGURES, action = Guard.Action.READ)
    public StaffFiguresView get(@PathParam("id") long id) {
        return staffFigures.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Correct one quarter's staff figures (send the version you read; the quarter stays)")
    @Guard(value = Guard.Element.STAFF_FIGURES, action = Guard.Action.EDIT)
    public StaffFiguresView update(@PathParam("id") long id, StaffFiguresInput input) {
        return staffFigures.update(id, input);
    }
}
