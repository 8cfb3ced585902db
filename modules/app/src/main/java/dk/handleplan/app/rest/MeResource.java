package dk.handleplan.app.rest;

import dk.handleplan.access.PasswordChange;
import dk.handleplan.access.UserService;
import dk.handleplan.access.UserView;
import dk.handleplan.kernel.NotFoundException;
import dk.handleplan.app.security.Guard;
import dk.handleplan.app.security.Audited;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Transactional
@Audited
@Path("api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Sign-in accounts")
public class MeResource {

    @Inject
    UserService users;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The signed-in user")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public UserView me() {
        String name = security.getUserPrincipal().getName();
        return users.byUsername(name).orElseThrow(() -> new NotFoundException("User", name));
    }

    @POST
    @Path("password")
    @Operation(summary = "Change your own password (at least 12 characters)")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public UserView changePassword(PasswordChange change) {
        return users.changeOwnPassword(security.getUserPrincipal().getName(), change);
    }
}
