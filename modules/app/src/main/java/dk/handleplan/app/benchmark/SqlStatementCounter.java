package dk.handleplan.app.benchmark;

import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts every SQL statement EclipseLink sends to the database (installed by
 * {@link dk.handleplan.app.persistence.SessionListeners}).
 * Always on: one atomic increment per statement. The benchmark reads the running total before and
 * after a batch of requests to report statements per request.
 */
public final class SqlStatementCounter {

    private static final AtomicLong EXECUTED = new AtomicLong();

    /** Statements executed since the application started. */
    public static long total() {
        return EXECUTED.get();
    }

    private SqlStatementCounter() {
    }

    /** The listener that counts. */
    public static SessionEventAdapter listener() {
        return new SessionEventAdapter() {
            @Override
            public void postExecuteCall(SessionEvent event) {
                EXECUTED.incrementAndGet();
            }
        };
    }
}
