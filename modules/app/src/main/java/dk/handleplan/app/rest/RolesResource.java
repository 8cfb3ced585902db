package dk.handleplan.app.rest;

import dk.handleplan.people.PersonService;
import dk.handleplan.people.RoleView;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("roles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class RolesResource {

    @Inject
    PersonService persons;

    @GET
    @Path("{id}")
    @Operation(summary = "Get a role assignment")
    public RoleView get(@PathParam("id") long id) {
        return persons.role(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "End a role assignment (it is archived and kept for history)")
    public RoleView end(@PathParam("id") long id) {
        return persons.endRole(id);
    }
}
