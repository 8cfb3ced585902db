package dk.handleplan.app.persistence;

import dk.handleplan.app.benchmark.SqlStatementCounter;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * The persistence unit's session customizer (named in persistence.xml): counts the SQL statements for
 * the benchmark and moves the {@link DataGeneration} on every write.
 */
public class SessionListeners implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getEventManager().addListener(SqlStatementCounter.listener());
        session.getEventManager().addListener(DataGeneration.listener());
    }
}
