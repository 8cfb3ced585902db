package dk.handleplan.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How people and programs sign in. API clients send HTTP Basic on every call; people sign in once on
 * the Danish sign-in page ({@code POST /login}) and then carry a session cookie, which expires after
 * a period of inactivity ({@code handleplan.session.timeout-minutes}). A protected page without a
 * session redirects to the sign-in page; an API call without credentials answers 401.
 */
@AutoApplySession
@ApplicationScoped
public class HandleplanAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PATH = "/login";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountIdentityStore accounts;

    @Inject
    @ConfigProperty(name = "handleplan.session.timeout-minutes", defaultValue = "30")
    int sessionTimeoutMinutes;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header.substring(6).trim(), response, context);
        }
        if ("POST".equals(request.getMethod()) && LOGIN_PATH.equals(path(request))) {
            return form(request, response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (path(request).startsWith("/api/")) {
            return challenge(response, context);
        }
        return context.redirect(request.getContextPath() + LOGIN_PATH);
    }

    private AuthenticationStatus basic(String encoded, HttpServletResponse response, HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return challenge(response, context);
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return challenge(response, context);
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return challenge(response, context);
        }
        // Basic signs in per request: no session is kept for API clients.
        context.getMessageInfo().getMap().remove("jakarta.servlet.http.registerSession");
        return context.notifyContainerAboutLogin(result.getCallerPrincipal(), result.getCallerGroups());
    }

    private AuthenticationStatus form(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String base = request.getContextPath();
        if (!Csrf.matches(request, request.getParameter(Csrf.FIELD))) {
            return context.redirect(base + LOGIN_PATH + "?fejl=udloebet");
        }
        String username = request.getParameter("brugernavn");
        String password = request.getParameter("adgangskode");
        if (username == null || password == null || username.isBlank()) {
            return context.redirect(base + LOGIN_PATH + "?fejl=login");
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(username.strip(), password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return context.redirect(base + LOGIN_PATH + (accounts.lockedOut() ? "?fejl=spaerret" : "?fejl=login"));
        }
        // A new session id at sign-in (no session fixation), with a fresh CSRF token.
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval(sessionTimeoutMinutes * 60);
        Csrf.token(request);
        // LoginPage answers the POST with a redirect to the start page.
        return context.notifyContainerAboutLogin(result.getCallerPrincipal(), result.getCallerGroups());
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Handleplan\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }
}
