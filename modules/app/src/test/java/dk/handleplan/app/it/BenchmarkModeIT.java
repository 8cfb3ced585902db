package dk.handleplan.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The executable jar with handleplan.benchmark=on, as the benchmark starts it (modules/benchmark):
 * the SQL statement counter counts what the application sends to the database, and the baseline
 * answers a JSON document of the size asked for. On PostgreSQL when HANDLEPLAN_DB_URL is set (inherited).
 */
class BenchmarkModeIT {

    private static Process server;
    private static Api api;

    @BeforeAll
    static void start() throws Exception {
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
        server = builder.start();
        api = new Api(URI.create("http://localhost:" + port + "/"));
        awaitReady(api, server);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        server.destroy();
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor();
        }
    }

    @Test
    void theCounterCountsAndTheBaselineHasTheSizeAskedFor() {
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
    }

    /**
     * No N+1: the aftaleholder overview sends as many statements for four offers as for one, and the
     * plan tree as many for a plan of six activities as for one.
     */
    @Test
    void theOverviewAndThePlanTreeSendAFixedNumberOfStatements() {
        PlanFixture first = new PlanFixture(api, "Fast antal " + System.nanoTime());
        long overviewBefore = statements("/oversigt");
        long treeBefore = statements("/api/v1/plans/" + first.plan);
        for (int i = 0; i < 3; i++) {
            PlanFixture more = new PlanFixture(api, "Fast antal " + i + " " + System.nanoTime());
            assertEquals(201, api.post("activities/" + more.activity + "/milestones",
                    Api.obj("title", "Opfølgning", "date", "2025-03-20")).status());
            assertEquals(201, api.post("activities/" + more.activity + "/notes", Api.obj("text", "Godt i gang")).status());
        }
        for (int i = 0; i < 5; i++) {
            PlanFixture.created(api.post("goals/" + first.goal + "/activities",
                    PlanFixture.activityBody("Aktivitet " + i, "2025-01", "2025-06", null)));
        }
        assertEquals(overviewBefore, statements("/oversigt"), "the overview with three offers more");
        assertEquals(treeBefore, statements("/api/v1/plans/" + first.plan), "the plan tree with five activities more");
    }

    /**
     * Statements one GET sends, less those of reading the counter; the fewest of three tries, since
     * the server's own timers may send statements meanwhile.
     */
    private static long statements(String path) {
        long fewest = Long.MAX_VALUE;
        assertEquals(200, api.send(HttpRequest.newBuilder(api.uri(path)).GET()).status(), path); // warm
        for (int i = 0; i < 3; i++) {
            long before = total(api);
            long reading = total(api) - before;
            long start = total(api);
            Api.Reply reply = api.send(HttpRequest.newBuilder(api.uri(path)).GET());
            assertEquals(200, reply.status(), () -> path + ": " + reply);
            fewest = Math.min(fewest, total(api) - start - reading);
        }
        return fewest;
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
