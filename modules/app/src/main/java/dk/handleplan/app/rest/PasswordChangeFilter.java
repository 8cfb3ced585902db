package dk.handleplan.app.rest;

import dk.handleplan.access.UserService;
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
    UserService users;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext().getUserPrincipal();
        String path = request.getUriInfo().getPath();
        if (principal == null || path.equals("me") || path.equals("me/password")) {
            return;
        }
        boolean mustChange = users.byUsername(principal.getName()).map(u -> u.mustChangePassword()).orElse(false);
        if (mustChange) {
            request.abortWith(Problem.of(Response.Status.FORBIDDEN, "Password change required",
                    "Change your temporary password first: POST /api/v1/me/password.").at("/" + path).response());
        }
    }
}
