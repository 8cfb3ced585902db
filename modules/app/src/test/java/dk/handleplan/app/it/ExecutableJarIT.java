package dk.handleplan.app.it;

import static dk.handleplan.app.it.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The executable jar as a user runs it: {@code java -jar handleplan.jar --port N}. Starts it on a
 * fresh data folder, writes through the API, stops it, starts it again and finds everything there.
 * Runs on PostgreSQL instead when HANDLEPLAN_DB_URL is set (the process inherits the environment).
 */
class ExecutableJarIT {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    @Test
    void changesSurviveARestartOfTheExecutableJar() throws Exception {
        Path data = Files.createDirectories(Path.of(System.getProperty("it.data"), "jar"));
        int port = freePort();
        Api api = new Api(URI.create("http://localhost:" + port + "/"));

        Process first = start(data, port);
        long offer;
        long plan;
        long activity;
        try {
            long startedIn = awaitReady(api, first);
            System.out.printf("ExecutableJarIT: ready in %d ms%n", startedIn);
            offer = PlanFixture.created(api.post("offers", obj("name", "Genstart")));
            plan = PlanFixture.created(api.post("plans", obj("offerId", offer, "title", "Plan før genstart")));
            long section = PlanFixture.created(api.post("plans/" + plan + "/sections", obj("theme", "KOMPETENCER",
                    "subject", "Kurser")));
            long goal = PlanFixture.created(api.post("sections/" + section + "/goals", obj("text", "Alle på kursus")));
            activity = PlanFixture.created(api.post("goals/" + goal + "/activities",
                    PlanFixture.activityBody("Kursus i psykiatri", "2025-Q1", "2025-autumn", null)));
            PlanFixture.created(api.post("activities/" + activity + "/notes", obj("text", "Første hold er i gang")));
            assertEquals(200, api.delete("goals/" + goal).status());
        } finally {
            stop(first);
        }

        Process second = start(data, port);
        try {
            awaitReady(api, second);
            assertEquals("Genstart", api.get("offers/" + offer).json().getString("name"));
            var tree = api.get("plans/" + plan + "?archived=true").json();
            var goal = tree.getJsonArray("sections").getJsonObject(0).getJsonArray("goals").getJsonObject(0);
            assertTrue(goal.getBoolean("archived"), "the archive survives a restart");
            var restored = api.get("activities/" + activity).json();
            assertEquals("Kursus i psykiatri", restored.getString("description"));
            assertEquals(1, api.get("activities/" + activity + "/notes").array().size());
        } finally {
            stop(second);
        }
    }

    private static Process start(Path data, int port) throws IOException {
        String jar = System.getProperty("handleplan.jar");
        assertTrue(new File(jar).isFile(), "mvn package writes " + jar);
        ProcessBuilder builder = new ProcessBuilder(List.of(javaBin(), "-Xmx512m",
                "-Djava.io.tmpdir=" + data.getParent(), "-jar", jar, "--port", Integer.toString(port),
                "--disablephonehome"))
                .directory(data.toFile())
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("server.log").toFile());
        builder.environment().put("HANDLEPLAN_DATA", data.resolve("db").toString());
        builder.environment().put("HANDLEPLAN_ADMIN_PASSWORD", Api.ADMIN_PASSWORD);
        return builder.start();
    }

    private static long awaitReady(Api api, Process process) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "the server process ended before it was ready");
            try {
                if (api.get("/health/ready").status() == 200) {
                    return (System.nanoTime() - started) / 1_000_000;
                }
            } catch (IllegalStateException notListeningYet) {
                // connection refused until the HTTP listener is up
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within " + READY_TIMEOUT);
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
