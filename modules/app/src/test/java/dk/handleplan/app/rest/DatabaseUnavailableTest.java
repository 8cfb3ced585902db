package dk.handleplan.app.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void connectionFailuresDeepInTheChainMeanUnavailable() {
        assertTrue(DatabaseUnavailable.is(new PersistenceException("commit failed",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"))));
        assertTrue(DatabaseUnavailable.is(new SQLException("terminating connection due to administrator command",
                "57P01")));
        assertTrue(DatabaseUnavailable.is(new IllegalStateException(new SQLException(
                "Error in allocating a connection. Cause: Connection could not be allocated because: refused"))));
        assertTrue(DatabaseUnavailable.is(new RuntimeException(new ConnectException("Connection refused"))));
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("connection closed", "08003"));
        assertTrue(DatabaseUnavailable.is(batch));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(DatabaseUnavailable.is(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseUnavailable.is(new PersistenceException("no such column", new SQLException("x", "42703"))));
        assertFalse(DatabaseUnavailable.is(new IllegalArgumentException("bad input")));
    }

    @Test
    void theProblemIsA503ThatSaysNothingChanged() {
        Problem problem = DatabaseUnavailable.problem();
        assertEquals(503, problem.status());
        assertTrue(problem.detail().contains("nothing was changed"), problem.detail());
    }
}
