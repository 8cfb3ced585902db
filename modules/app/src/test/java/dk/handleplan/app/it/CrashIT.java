package dk.handleplan.app.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Crash drill: while clients write progress notes as fast as they can, the server is killed with
 * SIGKILL; started again on the same data, every note that was answered 201 is there, once. On H2
 * (the embedded file) and, in the postgresql execution, on a fresh PostgreSQL database.
 */
class CrashIT {

    private static final int WRITERS = 4;
    private static final long WRITE_BEFORE_KILL_MS = 4_000;

    @Test
    void everyAcknowledgedNoteSurvivesSigkill() throws Exception {
        ServerProcess server = new ServerProcess("crash").onFreshDatabaseIfPostgreSql("handleplan_crash");
        Api api = server.api();
        NoteWriters writers;
        long activity;
        try {
            server.start();
            activity = new PlanFixture(api, "Nedbrud").activity;
            writers = new NoteWriters(api, activity, WRITERS, true);
            Thread.sleep(WRITE_BEFORE_KILL_MS);
            server.kill(); // mid-stream: the writers are still sending
            writers.stop();
        } finally {
            server.kill();
        }
        assertTrue(writers.acknowledged.size() > 10, "the writers got notes in before the kill: " + writers.acknowledged.size());
        assertTrue(writers.refused.isEmpty(), "every note was accepted until the kill: " + writers.refused);

        try {
            server.start();
            int stored = writers.assertAcknowledgedStoredOnce(api);
            System.out.printf("CrashIT (%s): %d notes sent, %d acknowledged, %d stored after SIGKILL%n",
                    ServerProcess.onPostgreSql() ? "PostgreSQL" : "H2", writers.sent(), writers.acknowledged.size(),
                    stored);
        } finally {
            server.stop();
        }
    }
}
