package dk.handleplan.app.security;

import dk.handleplan.access.SignInResult;
import dk.handleplan.access.UserService;
import dk.handleplan.app.rest.DatabaseUnavailable;
import dk.handleplan.app.security.oidc.OidcClient;
import dk.handleplan.app.security.oidc.OidcException;
import dk.handleplan.app.security.oidc.OidcSettings;
import dk.handleplan.app.security.oidc.OidcSignInStart;
import dk.handleplan.app.security.oidc.PendingSignIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How people and programs sign in. API clients send HTTP Basic on every call; people sign in once on
 * the Danish sign-in page ({@code POST /login}) and then carry a session cookie, which expires after
 * a period of inactivity ({@code handleplan.session.timeout-minutes}), or, when switched on, through
 * the municipality's OpenID Connect provider, whose callback is verified here. A protected page without
 * a session redirects to the sign-in page; an API call without credentials answers 401.
 *
 * <p>The session remembers who signed in and their groups itself, and hands both to the container on
 * every request. Not {@code @AutoApplySession}: Payara re-applies only the principal from the session
 * and, under concurrent requests of different users, sometimes loses its groups, so a signed-in user
 * got 403 from the web.xml constraint (payara/Payara#6145; about 1 % of requests in the soak).
 */
@ApplicationScoped
public class HandleplanAuthentication implements HttpAuthenticationMechanism {

    static final String LOGIN_PATH = "/login";
    /** Session attribute set when the session was signed in through OpenID Connect. */
    public static final String SIGNED_IN_EXTERNALLY = HandleplanAuthentication.class.getName() + ".external";
    /** Session attribute holding the {@link SignedIn} caller. */
    static final String SIGNED_IN = HandleplanAuthentication.class.getName() + ".caller";
    private static final Logger LOG = Logger.getLogger(HandleplanAuthentication.class.getName());

    /** Who signed in on this session, with the groups the identity store gave them then. */
    record SignedIn(String username, Set<String> groups) implements Serializable {
        SignedIn {
            groups = Set.copyOf(groups);
        }
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountIdentityStore accounts;

    @Inject
    @ConfigProperty(name = "handleplan.session.timeout-minutes", defaultValue = "30")
    int sessionTimeoutMinutes;

    @Inject
    OidcSettings oidcSettings;
    @Inject
    OidcClient oidc;
    @Inject
    UserService users;
    @Inject
    AuditTrail audit;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        try {
            return authenticate(request, response, context);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.explains(e, "sign-in")) {
                throw e;
            }
            // Not a wrong password: the accounts cannot be read just now (ErrorServlet answers the 503).
            DatabaseUnavailable.sendError(response);
            return AuthenticationStatus.SEND_FAILURE;
        }
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(header.substring(6).trim(), response, context);
        }
        if ("POST".equals(request.getMethod()) && LOGIN_PATH.equals(path(request))) {
            return form(request, response, context);
        }
        if (oidcSettings.enabled() && "GET".equals(request.getMethod())
                && OidcSignInStart.CALLBACK_PATH.equals(path(request))) {
            return oidcCallback(request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn caller) {
            return context.notifyContainerAboutLogin(caller.username(), caller.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (path(request).startsWith("/api/")) {
            return challenge(response, context);
        }
        if ("true".equals(request.getHeader("HX-Request"))) {
            // A part of a page asked for after the session ended: htmx sends the whole window to the sign-in page.
            response.setHeader("HX-Redirect", request.getContextPath() + LOGIN_PATH);
            return context.responseUnauthorized();
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
        newSession(request, result.getCallerPrincipal().getName(), result.getCallerGroups());
        // LoginPage answers the POST with a redirect to the start page.
        return context.notifyContainerAboutLogin(result.getCallerPrincipal(), result.getCallerGroups());
    }

    /**
     * The provider sent the browser back: the state must match what this session sent, the code is
     * exchanged for a verified ID token, and its username claim must name an active account here.
     */
    private AuthenticationStatus oidcCallback(HttpServletRequest request, HttpMessageContext context) {
        String failed = request.getContextPath() + LOGIN_PATH + "?fejl=oidc";
        HttpSession session = request.getSession(false);
        PendingSignIn pending = session == null ? null
                : (PendingSignIn) session.getAttribute(PendingSignIn.SESSION_ATTRIBUTE);
        if (session != null) {
            session.removeAttribute(PendingSignIn.SESSION_ATTRIBUTE); // one callback per sign-in
        }
        String code = request.getParameter("code");
        if (pending == null || !pending.matches(request.getParameter("state")) || code == null) {
            LOG.warning(() -> "OpenID Connect callback refused: no matching sign-in in this session, or no code"
                    + (request.getParameter("error") != null ? " (provider error)" : ""));
            return context.redirect(failed);
        }
        String username;
        try {
            username = oidc.signIn(code, pending).getStringClaim(oidcSettings.usernameClaim());
        } catch (OidcException | java.text.ParseException e) {
            LOG.log(Level.WARNING, "OpenID Connect sign-in failed: " + e.getMessage(), e);
            audit.signIn(null, "SIGN_IN_OIDC_FAILED");
            return context.redirect(failed);
        }
        SignInResult result = username == null ? null : users.signInExternal(username.strip());
        if (result == null || !result.ok()) {
            audit.signIn(result == null ? null : result.username(), "SIGN_IN_OIDC_REFUSED");
            return context.redirect(request.getContextPath() + LOGIN_PATH + "?fejl=oidc-konto");
        }
        newSession(request, result.username(), result.groups()).setAttribute(SIGNED_IN_EXTERNALLY, Boolean.TRUE);
        audit.signIn(result.username(), "SIGN_IN_OIDC");
        // OidcSignInCallback answers with a redirect to the start page.
        return context.notifyContainerAboutLogin(result.username(), result.groups());
    }

    /** A new session id at sign-in (no session fixation), with a fresh CSRF token, remembering the caller. */
    private HttpSession newSession(HttpServletRequest request, String username, Set<String> groups) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval(sessionTimeoutMinutes * 60);
        session.setAttribute(SIGNED_IN, new SignedIn(username, groups));
        Csrf.token(request);
        return session;
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
