package dk.handleplan.app.reminders;

import dk.handleplan.kernel.NotFoundException;
import dk.handleplan.reminders.CalendarFeedService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The personal calendar feed, {@code GET /calendar/{token}.ics}: public, because calendar clients
 * (Outlook) cannot sign in; the secret token in the address is the credential. No session is made.
 * An unknown token answers 404 (problem+json, from the error page).
 */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String SUFFIX = ".ics";

    @Inject
    transient CalendarFeedService feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.endsWith(SUFFIX) || path.indexOf('/', 1) >= 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String calendar;
        try {
            calendar = feeds.feed(path.substring(1, path.length() - SUFFIX.length()));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/calendar; charset=utf-8");
        response.setHeader("Content-Disposition", "inline; filename=\"handleplan.ics\"");
        response.setHeader("Cache-Control", "private, no-cache");
        response.getWriter().write(calendar);
    }
}
