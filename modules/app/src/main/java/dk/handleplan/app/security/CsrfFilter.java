package dk.handleplan.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Refuses a state-changing request that rides on a session cookie unless it carries the session's
 * CSRF token (header or form field). Requests with their own credentials (HTTP Basic) need none:
 * another site cannot make a browser add them. The sign-in form checks its token itself.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CsrfFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean changing = !SAFE.contains(request.getMethod());
        boolean cookieBased = request.getHeader("Authorization") == null && request.getSession(false) != null;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (changing && cookieBased && !path.equals(HandleplanAuthentication.LOGIN_PATH)) {
            String given = request.getHeader(Csrf.HEADER);
            if (given == null && request.getContentType() != null
                    && request.getContentType().startsWith("application/x-www-form-urlencoded")) {
                given = request.getParameter(Csrf.FIELD);
            } else if (given == null && request.getContentType() != null
                    && request.getContentType().startsWith("multipart/form-data")) {
                given = fromQuery(request.getQueryString()); // an upload form names it in its address
            }
            if (!Csrf.matches(request, given)) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Missing CSRF token\",\"status\":403,"
                        + "\"detail\":\"A change made with a session cookie must send the session's token in the "
                        + Csrf.HEADER + " header.\"}");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The token from the query string, without reading (and so consuming) a multipart body. */
    private static String fromQuery(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(Csrf.FIELD + "=")) {
                return java.net.URLDecoder.decode(pair.substring(Csrf.FIELD.length() + 1),
                        java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
