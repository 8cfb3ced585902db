package dk.handleplan.app.rest;

import dk.handleplan.app.security.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;

/** A user with a temporary password may only look at themselves and change the password. */
@Provider
@Priority(Priorities.AUTHORIZATION - 1)
public class PasswordChangeFilter implements ContainerRequestFilter {

    @Inject
    Caller caller; // the account is read once per request, there

    @Override
    public void filter(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext().getUserPrincipal();
        String path = request.getUriInfo().getPath();
        if (principal == null || path.equals("me") || path.equals("me/password")) {
            return;
        }
        if (caller.mustChangePassword()) {
            request.abortWith(Problem.of(Response.Status.FORBIDDEN, "Password change required",
                    "Change your temporary password first: POST /api/v1/me/password.").at("/" + path).response());
        }
    }
}
