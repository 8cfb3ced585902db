package dk.handleplan.app.security.oidc;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /login/oidc/callback}: where the identity provider sends the browser back. The sign-in
 * itself happens before this runs (HandleplanAuthentication); this only sends the user on.
 */
@WebServlet(OidcSignInStart.CALLBACK_PATH)
public class OidcSignInCallback extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath()
                + (request.getUserPrincipal() == null ? "/login?fejl=oidc" : "/start"));
    }
}
