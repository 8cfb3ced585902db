package dk.handleplan.app.rest;

import dk.handleplan.people.DepartmentInput;
import dk.handleplan.people.DepartmentView;
import dk.handleplan.people.OfferService;
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
@Path("api/v1/departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Offers")
public class DepartmentsResource {

    @Inject
    OfferService offers;

    @GET
    @Path("{id}")
    @Operation(summary = "Get a department")
    @Guard(value = Guard.Element.DEPARTMENT, action = Guard.Action.READ)
    public DepartmentView get(@PathParam("id") long id) {
        return offers.department(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rename a department (send the version you read)")
    @Guard(value = Guard.Element.DEPARTMENT, action = Guard.Action.ADMINISTER)
    public DepartmentView update(@PathParam("id") long id, DepartmentInput input) {
        return offers.updateDepartment(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Archive a department (restorable)")
    @Guard(value = Guard.Element.DEPARTMENT, action = Guard.Action.ADMINISTER)
    public DepartmentView archive(@PathParam("id") long id) {
        return offers.archiveDepartment(id);
    }

    @POST
    @Path("{id}/restore")
    @Operation(summary = "Restore an archived department")
    @Guard(value = Guard.Element.DEPARTMENT, action = Guard.Action.ADMINISTER)
    public DepartmentView restore(@PathParam("id") long id) {
        return offers.restoreDepartment(id);
    }
}
