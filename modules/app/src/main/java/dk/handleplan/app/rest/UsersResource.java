package dk.handleplan.app.rest;

import dk.handleplan.access.PasswordReset;
import dk.handleplan.access.UserInput;
import dk.handleplan.access.UserService;
import dk.handleplan.access.UserView;
import dk.handleplan.app.security.Guard;
import dk.handleplan.app.security.Audited;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** User administration: administrators only. */
@RequestScoped
@Transactional
@Audited
@Path("api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UsersResource {

    @Inject
    UserService users;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "List accounts (administrators)")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public List<UserView> list() {
        return users.list();
    }

    @POST
    @Operation(summary = "Create an account with a temporary password (administrators)")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response create(UserInput input) {
        UserView user = users.create(input);
        return Created.at(uriInfo, "users", user.id(), user);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get an account (administrators)")
    @Guard(value = Guard.Element.USER, action = Guard.Action.ADMINISTER)
    public UserView get(@PathParam("id") long id) {
        return users.get(id);
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Deactivate an account: it can no longer sign in (administrators)")
    @Guard(value = Guard.Element.USER, action = Guard.Action.ADMINISTER)
    public UserView deactivate(@PathParam("id") long id) {
        return users.setActive(id, false);
    }

    @POST
    @Path("{id}/activate")
    @Operation(summary = "Activate an account again (administrators)")
    @Guard(value = Guard.Element.USER, action = Guard.Action.ADMINISTER)
    public UserView activate(@PathParam("id") long id) {
        return users.setActive(id, true);
    }

    @POST
    @Path("{id}/reset-password")
    @Operation(summary = "Set a temporary password, to be changed at next sign-in (administrators)")
    @Guard(value = Guard.Element.USER, action = Guard.Action.ADMINISTER)
    public UserView resetPassword(@PathParam("id") long id, PasswordReset body) {
        return users.resetPassword(id, body == null ? null : body.password());
    }

}
