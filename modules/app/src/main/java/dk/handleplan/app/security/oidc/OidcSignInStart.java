package dk.handleplan.app.security.oidc;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code GET /login/oidc}: sends the browser to the identity provider, remembering in the session
 * what the callback must match. Answers 404 while OpenID Connect is off.
 */
@WebServlet(OidcSignInStart.PATH)
public class OidcSignInStart extends HttpServlet {

    public static final String PATH = "/login/oidc";
    public static final String CALLBACK_PATH = "/login/oidc/callback";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OidcSignInStart.class.getName());

    @Inject
    transient OidcSettings settings;
    @Inject
    transient OidcClient client;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!settings.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PendingSignIn pending = PendingSignIn.start(settings.redirectUri().orElseGet(() -> callbackOf(request)));
        try {
            URI target = client.authorizationUri(pending);
            request.getSession(true).setAttribute(PendingSignIn.SESSION_ATTRIBUTE, pending);
            response.setHeader("Cache-Control", "no-store");
            response.sendRedirect(target.toString());
        } catch (OidcException e) {
            LOG.log(Level.WARNING, "OpenID Connect provider unavailable: " + e.getMessage(), e);
            response.sendRedirect(request.getContextPath() + "/login?fejl=oidc-utilgaengelig");
        }
    }

    /** This server's callback address, as the browser reached it. */
    private static URI callbackOf(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return URI.create(scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + request.getContextPath() + CALLBACK_PATH);
    }
}
