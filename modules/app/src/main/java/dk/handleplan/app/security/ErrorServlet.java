package dk.handleplan.app.security;

import dk.handleplan.app.rest.DatabaseUnavailable;
import dk.handleplan.app.web.ErrorPages;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Error answers produced outside JAX-RS (a refused sign-in, an unknown path): problem+json for the
 * API, so API clients always get the same error shape, and the Danish error page for pages.
 */
@WebServlet("/error")
public class ErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorServlet.class.getName());

    @Inject
    transient ErrorPages errorPages;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code instanceof Integer i ? i : exception != null ? 500 : response.getStatus();
        String correlationId = null;
        if (status == 500) {
            // A failure JAX-RS never saw (in sign-in, a servlet, or the container itself): the database
            // going away is still "try again later", anything else is a bug that must reach the log.
            Throwable thrown = exception instanceof Throwable t ? t : null;
            String failed = request.getMethod() + " " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                    + " (" + request.getAttribute(RequestDispatcher.ERROR_MESSAGE) + ")";
            if (DatabaseUnavailable.explains(thrown, "a 500 outside the API for " + failed)) {
                status = 503;
            } else {
                correlationId = UUID.randomUUID().toString();
                LOG.log(Level.SEVERE, "Unexpected error outside the API for " + failed + ", correlation id "
                        + correlationId, thrown);
            }
        }
        if (status == 503) {
            response.setHeader("Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && ErrorPages.isPage(uri.toString()) && status != 401) {
            response.setStatus(status);
            response.setContentType("text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(errorPages.render(status, correlationId));
            return;
        }
        String title;
        String detail;
        switch (status) {
            case 401 -> {
                title = "Unauthorized";
                detail = "Sign in: send a username and password with HTTP Basic authentication.";
            }
            case 403 -> {
                title = "Forbidden";
                detail = "You may not do this.";
            }
            case 404 -> {
                title = "Not Found";
                detail = "There is no such resource.";
            }
            case 503 -> {
                title = "Database unavailable";
                detail = "The database cannot be reached just now. Send the request again in a few seconds.";
            }
            case 500 -> {
                title = "Internal error";
                detail = "Something went wrong on our side. Quote correlation id " + correlationId
                        + " when reporting it.";
            }
            default -> {
                title = "Error";
                detail = "The request could not be completed.";
            }
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"instance\":" + (uri == null ? "null" : quote(uri.toString()))
                + "}");
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
