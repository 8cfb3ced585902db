package dk.handleplan.app.rest;

import dk.handleplan.people.PersonService;
import dk.handleplan.people.RoleView;
import dk.handleplan.app.security.Guard;
import dk.handleplan.app.security.Audited;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Transactional
@Audited
@Path("api/v1/roles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "People")
public class RolesResource {

    @Inject
    PersonService persons;

    @GET
    @Path("{id}")
    @Operation(summary = "Get a role assignment")
    @Guard(value = Guard.Element.ROLE, action = Guard.Action.READ)
    public RoleView get(@PathParam("id") long id) {
        return persons.role(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "End a role assignment (it is archived and kept for history)")
    @Guard(value = Guard.Element.ROLE, action = Guard.Action.ADMINISTER)
    public RoleView end(@PathParam("id") long id) {
        return persons.endRole(id);
    }
}
