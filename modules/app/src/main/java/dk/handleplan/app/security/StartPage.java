package dk.handleplan.app.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The signed-in start page (web.xml protects it), with sign-out. The plan pages themselves come with
 * the web application (issue 4); until then it points to the API.
 */
@WebServlet({"/start", ""})
public class StartPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/start".equals(request.getServletPath())) {
            response.sendRedirect("/start");
            return;
        }
        String name = request.getUserPrincipal().getName();
        String token = Csrf.token(request);
        String main = "<h1>Velkommen</h1>\n<p>Du er logget ind som <strong>" + Html.escape(name) + "</strong>.</p>\n"
                + "<p>Planerne kan indtil videre læses og ændres gennem <a href=\"/openapi\">API'et</a>.</p>\n"
                + "<form method=\"post\" action=\"/logout\">\n<input type=\"hidden\" name=\"" + Csrf.FIELD
                + "\" value=\"" + Html.escape(token) + "\">\n"
                + "<p><button type=\"submit\">Log ud</button></p>\n</form>\n";
        LoginPage.write(response, Html.page("Start", main, token));
    }
}
