package dk.handleplan.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Database outage drill (PostgreSQL only, with HANDLEPLAN_TEST_PG_CTL naming a stop|start script for
 * the test server): under load the database is stopped for 30 s. Meanwhile the API answers 503
 * problem+json with Retry-After (never 500), the pages a Danish 503 page, /health/ready 503; when the
 * database is back the app recovers by itself, and every acknowledged note is stored once.
 */
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    /** A liveness bound, not a speed target: recovery normally takes a second or two. */
    private static final Duration RECOVERY_BOUND = Duration.ofMinutes(2);

    @Test
    void theAppAnswers503DuringAnOutageAndRecoversByItself() throws Exception {
        String pgCtl = System.getenv("HANDLEPLAN_TEST_PG_CTL");
        assumeTrue(ServerProcess.onPostgreSql() && pgCtl != null,
                "PostgreSQL with HANDLEPLAN_TEST_PG_CTL (a stop|start script) only");
        ServerProcess server = new ServerProcess("outage").onFreshDatabaseIfPostgreSql("handleplan_outage");
        Api api = server.api();
        boolean databaseStopped = false;
        try {
            server.start();
            PlanFixture fixture = new PlanFixture(api, "Udfald");
            NoteWriters writers = new NoteWriters(api, fixture.activity, 2, false);
            Readers readers = new Readers(api, "plans/" + fixture.plan);
            Thread.sleep(3_000);
            assertTrue(writers.refused.isEmpty() && readers.failures.isEmpty(), "all is well before the outage");

            pgCtl(pgCtl, "stop");
            databaseStopped = true;
            long stoppedAt = System.nanoTime();
            awaitReply(api, "/health/ready", reply -> reply.status() == 503);
            Api.Reply write = api.post("activities/" + fixture.activity + "/notes", Api.obj("text", "Under udfaldet"));
            assertUnavailableProblem(write, server);
            assertUnavailableProblem(api.get("plans/" + fixture.plan), server);
            Api.Reply page = api.send(HttpRequest.newBuilder(api.uri("/planer/" + fixture.plan)).GET());
            assertEquals(503, page.status(), page::toString);
            assertTrue(page.contentType().startsWith("text/html") && page.body().contains("midlertidigt utilgængelig"),
                    "a Danish 503 page: " + page);
            Thread.sleep(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - stoppedAt) / 1_000_000));

            pgCtl(pgCtl, "start");
            databaseStopped = false;
            long startedAt = System.nanoTime();
            awaitReply(api, "/health/ready", reply -> reply.status() == 200);
            long writtenAgain = writers.acknowledged.size();
            awaitReply(api, "plans/" + fixture.plan, reply -> reply.status() == 200 && writers.acknowledged.size() > writtenAgain);
            long recoveredMs = (System.nanoTime() - startedAt) / 1_000_000;
            writers.stop();
            readers.stop();

            List<Api.Reply> refused = new ArrayList<>(writers.refused);
            refused.addAll(readers.failures);
            refused.forEach(reply -> assertUnavailableProblem(reply, server));
            assertEquals(0, writers.connectionsLost() + readers.connectionsLost, "no request went unanswered");
            int stored = writers.assertAcknowledgedStoredOnce(api);
            System.out.printf("DatabaseOutageIT: %d notes sent, %d acknowledged, %d stored, %d answers 503 during a"
                    + " %d s outage; recovered %d ms after the database was back%n", writers.sent(),
                    writers.acknowledged.size(), stored, refused.size(), OUTAGE.toSeconds(), recoveredMs);
        } finally {
            if (databaseStopped) {
                pgCtl(pgCtl, "start"); // the other tests share this server
            }
            server.stop();
        }
    }

    private static void assertUnavailableProblem(Api.Reply reply, ServerProcess server) {
        assertEquals(503, reply.status(), () -> reply + "\n" + unexpectedErrors(server));
        assertTrue(reply.isProblem(), () -> "problem+json: " + reply);
        assertTrue(reply.headers().firstValue("Retry-After").isPresent(), () -> "Retry-After: " + reply);
    }

    /** The server log's unexpected errors with their stacks, so a failure in CI shows its cause. */
    private static String unexpectedErrors(ServerProcess server) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(server.log());
            StringBuilder found = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("Unexpected error")) {
                    lines.subList(i, Math.min(lines.size(), i + 80)).forEach(line -> found.append(line).append('\n'));
                }
            }
            return found.length() == 0 ? "(no unexpected error in " + server.log() + ")" : found.toString();
        } catch (IOException e) {
            return "(server log unreadable: " + e + ")";
        }
    }

    private static Api.Reply awaitReply(Api api, String path, Predicate<Api.Reply> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY_BOUND.toNanos();
        Api.Reply last = null;
        while (System.nanoTime() < deadline) {
            last = api.get(path);
            if (wanted.test(last)) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no such answer from " + path + " within " + RECOVERY_BOUND + "; last: " + last);
    }

    private static void pgCtl(String script, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(script, command).inheritIO().start();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new AssertionError(script + " " + command + " failed");
        }
    }

    /** One client reading the plan tree in a loop, keeping every answer that is not 200. */
    private static final class Readers {
        final List<Api.Reply> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile int connectionsLost;
        private volatile boolean reading = true;
        private final Thread thread;

        Readers(Api api, String path) {
            thread = new Thread(() -> {
                while (reading) {
                    try {
                        Api.Reply reply = api.get(path);
                        if (reply.status() != 200) {
                            failures.add(reply);
                            NoteWriters.pause();
                        }
                    } catch (IllegalStateException e) {
                        connectionsLost++;
                    }
                }
            }, "plan-reader");
            thread.start();
        }

        void stop() throws InterruptedException {
            reading = false;
            thread.join(TimeUnit.MINUTES.toMillis(3));
        }
    }
}
