package dk.handleplan.app.security;

import dk.handleplan.app.security.oidc.OidcSettings;
import dk.handleplan.app.security.oidc.OidcSignInStart;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The Danish sign-in page. The POST is handled by {@link HandleplanAuthentication}; success lands here. */
@WebServlet("/login")
public class LoginPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OidcSettings oidc;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String error = request.getParameter("fejl");
        String message = "";
        if ("login".equals(error)) {
            message = "<p class=\"fejl\" role=\"alert\" id=\"fejl\">Forkert brugernavn eller adgangskode. Efter flere"
                    + " forkerte forsøg spærres kontoen i et kvarter.</p>\n";
        } else if ("spaerret".equals(error)) {
            message = "<p class=\"fejl\" role=\"alert\" id=\"fejl\">Kontoen er spærret i et kvarter efter for mange"
                    + " forkerte forsøg. Prøv igen senere, eller bed en administrator om at nulstille adgangskoden.</p>\n";
        } else if ("udloebet".equals(error)) {
            message = "<p class=\"fejl\" role=\"alert\" id=\"fejl\">Siden var udløbet. Prøv igen.</p>\n";
        } else if ("oidc".equals(error)) {
            message = "<p class=\"fejl\" role=\"alert\" id=\"fejl\">Log ind med " + Html.escape(oidc.providerName())
                    + " mislykkedes. Prøv igen.</p>\n";
        } else if ("oidc-konto".equals(error)) {
            message = "<p class=\"fejl\" role=\"alert\" id=\"fejl\">Du er logget ind hos " + Html.escape(oidc.providerName())
                    + ", men har ingen aktiv bruger i Handleplan. Kontakt en administrator.</p>\n";
        } else if ("oidc-utilgaengelig".equals(error)) {
            message = "<p class=\"fejl\" role=\"alert\" id=\"fejl\">" + Html.escape(oidc.providerName())
                    + " svarer ikke lige nu. Prøv igen senere, eller log ind med brugernavn og adgangskode.</p>\n";
        } else if (request.getParameter("logget-ud") != null) {
            message = "<p class=\"besked\" role=\"status\">Du er logget ud.</p>\n";
        }
        String form = "<h1>Log ind</h1>\n" + message
                + "<form method=\"post\" action=\"/login\">\n"
                + "<input type=\"hidden\" name=\"" + Csrf.FIELD + "\" value=\"" + Html.escape(Csrf.token(request))
                + "\">\n"
                + "<p><label for=\"brugernavn\">Brugernavn</label>\n"
                + "<input id=\"brugernavn\" name=\"brugernavn\" autocomplete=\"username\" required"
                + (message.contains("fejl") ? " aria-describedby=\"fejl\"" : "") + "></p>\n"
                + "<p><label for=\"adgangskode\">Adgangskode</label>\n"
                + "<input id=\"adgangskode\" name=\"adgangskode\" type=\"password\" autocomplete=\"current-password\""
                + " required></p>\n"
                + "<p><button type=\"submit\">Log ind</button></p>\n</form>\n"
                + (oidc.enabled() ? "<p><a class=\"knap\" id=\"oidc\" href=\"" + OidcSignInStart.PATH + "\">Log ind med "
                        + Html.escape(oidc.providerName()) + "</a></p>\n" : "");
        write(response, Html.page("Log ind", form));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getUserPrincipal() == null ? "/login?fejl=login" : "/start");
    }

    static void write(HttpServletResponse response, String html) throws IOException {
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html);
    }
}
