package dk.handleplan.app.benchmark;

import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts every SQL statement EclipseLink sends to the database (registered in persistence.xml).
 * Always on: one atomic increment per statement. The benchmark reads the running total before and
 * after a batch of requests to report statements per request.
 */
public class SqlStatementCounter implements SessionCustomizer {

    private static final AtomicLong EXECUTED = new AtomicLong();

    /** Statements executed since the application started. */
    public static long total() {
        return EXECUTED.get();
    }

    @Override
    public void customize(Session session) {
        session.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void postExecuteCall(SessionEvent event) {
                EXECUTED.incrementAndGet();
            }
        });
    }
}
