package dk.handleplan.app.rest;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Recognises a failure that only means "the database cannot be reached just now" (the server is
 * down, restarting or refusing connections, the pool cannot get a connection), so it is answered
 * 503 with Retry-After instead of a 500: the request may simply be sent again a little later. The
 * pool validates connections and drops them all on a failure (see DatabaseMigrator), so the app
 * recovers by itself when the database is back.
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before sending the request again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    // PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections.
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    // The application server's pool says so in words only (its exceptions carry no SQLState).
    private static final Set<String> POOL_MESSAGES = Set.of("Error in allocating a connection",
            "Connection could not be allocated", "Fail-All-Connections");

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class.getName());
    private static final String DATA_SOURCE = "java:app/jdbc/handleplan";
    private static final int PROBE_SECONDS = 2;

    private DatabaseUnavailable() {
    }

    /**
     * For a failure no rule above recognises: true when the database cannot be reached at this very
     * moment. A request cut off by a database going down can fail in ways the cause chain does not
     * name (a commit that fails inside the transaction manager, a driver message without SQLState);
     * while the database is gone that is still "try again later", not a bug. Logged with its stack,
     * so the rules can be widened.
     */
    public static boolean isNow(Throwable thrown) {
        return isNow(thrown, null);
    }

    private static boolean isNow(Throwable thrown, String failed) {
        if (reachable()) {
            return false;
        }
        LOG.log(Level.WARNING, "A failure while the database is unreachable" + (failed == null ? "" : " (" + failed
                + ")") + "; answered 503", thrown);
        return true;
    }

    /**
     * {@link #is} or, failing that, {@link #isNow}: whether a failure is answered 503 rather than 500.
     * {@code failed} names what failed in the log, for failures the container reports without an exception.
     */
    public static boolean explains(Throwable thrown, String failed) {
        return is(thrown) || isNow(thrown, failed);
    }

    private static boolean reachable() {
        try (var connection = ((DataSource) new InitialContext().lookup(DATA_SOURCE)).getConnection()) {
            return connection.isValid(PROBE_SECONDS);
        } catch (SQLException e) {
            return false;
        } catch (NamingException | RuntimeException e) {
            return true; // no data source to ask (outside the server): nothing to say about the database
        }
    }

    /** True when the failure, or anything beneath it, says the database cannot be reached. */
    public static boolean is(Throwable thrown) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = thrown; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof SocketException
                    || t instanceof SQLNonTransientConnectionException || t instanceof SQLTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && (unavailableState(sql.getSQLState())
                    || (sql.getNextException() != null && is(sql.getNextException())))) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && POOL_MESSAGES.stream().anyMatch(message::contains)) {
                return true;
            }
        }
        return false;
    }

    /** SQLState class 08 is "connection exception" in the SQL standard. */
    private static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state));
    }

    static Problem problem() {
        return Problem.of(Status.SERVICE_UNAVAILABLE, "Database unavailable",
                "The database cannot be reached just now; nothing was changed. Send the request again in "
                        + RETRY_AFTER_SECONDS + " seconds.");
    }

    /** For failures outside JAX-RS (sign-in): a 503 that the error servlet answers, with Retry-After. */
    public static void sendError(HttpServletResponse response) {
        try {
            response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            response.sendError(Status.SERVICE_UNAVAILABLE.getStatusCode());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds Retry-After to a 503 answer; other answers pass unchanged. */
    static Response retryLater(Response response) {
        if (response.getStatus() != Status.SERVICE_UNAVAILABLE.getStatusCode()) {
            return response;
        }
        return Response.fromResponse(response).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
