package dk.handleplan.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The executable jar with handleplan.benchmark=on, as the benchmark starts it (modules/benchmark):
 * the SQL statement counter counts what the application sends to the database, and the baseline
 * answers a JSON document of the size asked for. On PostgreSQL when HANDLEPLAN_DB_URL is set (inherited).
 */
class BenchmarkModeIT {

    @Test
    void theCounterCountsAndTheBaselineHasTheSizeAskedFor() throws Exception {
        Path data = Files.createDirectories(Path.of(System.getProperty("it.data"), "benchmark-mode"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-Djava.io.tmpdir=" + data, "-jar", System.getProperty("handleplan.jar"),
                "--port", Integer.toString(port), "--disablephonehome"))
                .directory(data.toFile()).redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile());
        builder.environment().put("HANDLEPLAN_DATA", data.resolve("db").toString());
        builder.environment().put("HANDLEPLAN_ADMIN_PASSWORD", Api.ADMIN_PASSWORD);
        builder.environment().put("HANDLEPLAN_BENCHMARK", "on");
        Process server = builder.start();
        try {
            Api api = new Api(URI.create("http://localhost:" + port + "/"));
            awaitReady(api, server);
            PlanFixture fixture = new PlanFixture(api, "Benchmarktilbud " + System.nanoTime());

            long first = total(api);
            long second = total(api);
            long readingTheCounter = second - first;
            assertEquals(200, api.get("plans/" + fixture.plan).status());
            long third = total(api);
            assertTrue(third - second > readingTheCounter, "the plan tree's queries are counted: " + first + ", "
                    + second + ", " + third);

            Api.Reply baseline = api.get("benchmark/baseline?bytes=5000");
            assertEquals(200, baseline.status(), baseline::toString);
            assertTrue(Math.abs(baseline.body().length() - 5000) < 100, "about 5000 bytes: " + baseline.body().length());
            try (var reader = Json.createReader(new StringReader(baseline.body()))) {
                assertTrue(reader.readArray().size() > 100, "a JSON array of many small objects");
            }
            Api.Reply tooBig = api.get("benchmark/baseline?bytes=-1");
            assertEquals(400, tooBig.status(), tooBig::toString);
            assertTrue(tooBig.isProblem(), tooBig::toString);
        } finally {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    private static long total(Api api) {
        Api.Reply reply = api.get("benchmark/sql-statements");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonNumber("total").longValue();
    }

    private static void awaitReady(Api api, Process server) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(server.isAlive(), "the server process ended before it was ready");
            try {
                if (api.get("/health/ready").status() == 200) {
                    return;
                }
            } catch (IllegalStateException notListeningYet) {
                // connection refused until the HTTP listener is up
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready in time");
    }
}
