package dk.handleplan.app.rest;

import dk.handleplan.app.security.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.security.Principal;
import java.util.Set;

/**
 * A user with a temporary password may only look at themselves and change the password: the API
 * answers 403, pages send the browser to the password page.
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 1)
public class PasswordChangeFilter implements ContainerRequestFilter {

    /** The page where people change their password (web layer). */
    public static final String PASSWORD_PAGE = "konto/adgangskode";
    private static final Set<String> ALLOWED = Set.of("api/v1/me", "api/v1/me/password", PASSWORD_PAGE);

    @Inject
    Caller caller; // the account is read once per request, there

    @Override
    public void filter(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext().getUserPrincipal();
        String path = request.getUriInfo().getPath();
        if (principal == null || ALLOWED.contains(path) || path.startsWith("static/")) {
            return;
        }
        if (caller.mustChangePassword()) {
            if (path.startsWith("api/")) {
                request.abortWith(Problem.of(Response.Status.FORBIDDEN, "Password change required",
                        "Change your temporary password first: POST /api/v1/me/password.").at("/" + path).response());
            } else {
                request.abortWith(Response.seeOther(URI.create("/" + PASSWORD_PAGE)).build());
            }
        }
    }
}
