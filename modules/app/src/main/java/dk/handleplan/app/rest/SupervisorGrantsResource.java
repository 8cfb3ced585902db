package dk.handleplan.app.rest;

import dk.handleplan.access.SupervisorGrantService;
import dk.handleplan.access.SupervisorGrantView;
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
@Path("api/v1/supervisor-grants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Offers")
public class SupervisorGrantsResource {

    @Inject
    SupervisorGrantService grants;

    @GET
    @Path("{id}")
    @Operation(summary = "Get a supervisor's access")
    @Guard(value = Guard.Element.SUPERVISOR_GRANT, action = Guard.Action.GRANT_SUPERVISION)
    public SupervisorGrantView get(@PathParam("id") long id) {
        return grants.get(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a supervisor's access (kept, archived, for the record)")
    @Guard(value = Guard.Element.SUPERVISOR_GRANT, action = Guard.Action.GRANT_SUPERVISION)
    public SupervisorGrantView revoke(@PathParam("id") long id) {
        return grants.revoke(id);
    }
}
