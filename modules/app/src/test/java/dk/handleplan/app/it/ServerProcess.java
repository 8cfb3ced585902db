package dk.handleplan.app.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The executable jar ({@code java -jar handleplan.jar --port N}) as a separate process on a data
 * folder of its own: start, wait until ready, stop gracefully or kill it with SIGKILL. The process
 * inherits the environment, so it runs on PostgreSQL when HANDLEPLAN_DB_URL is set; {@link #freshDatabase}
 * gives such a test a database of its own on the same server.
 */
final class ServerProcess {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final Path data;
    private final int port;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private Process process;

    /** A server on a new folder {@code it.data/name-time} and a free port; nothing runs until {@link #start()}. */
    ServerProcess(String name) throws IOException {
        this(Files.createDirectories(Path.of(System.getProperty("it.data"),
                name + "-" + Long.toString(System.currentTimeMillis(), 36))), freePort());
    }

    ServerProcess(Path data, int port) {
        this.data = data;
        this.port = port;
        environment.put("HANDLEPLAN_DATA", data.resolve("db").toString());
        environment.put("HANDLEPLAN_ADMIN_PASSWORD", Api.ADMIN_PASSWORD);
    }

    /** An environment variable for the server (e.g. another HANDLEPLAN_DB_URL); kept across restarts. */
    ServerProcess with(String name, String value) {
        environment.put(name, value);
        return this;
    }

    String environment(String name) {
        return environment.get(name);
    }

    Path data() {
        return data;
    }

    Path log() {
        return data.resolve("server.log");
    }

    Api api() {
        return new Api(URI.create("http://localhost:" + port + "/"));
    }

    /** Starts the jar and waits until /health/ready answers 200; answers the milliseconds that took. */
    long start() throws IOException, InterruptedException {
        String jar = System.getProperty("handleplan.jar");
        assertTrue(new File(jar).isFile(), "mvn package writes " + jar);
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx512m",
                "-Djava.io.tmpdir=" + data.getParent(), "-jar", jar, "--port", Integer.toString(port),
                "--disablephonehome"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(data.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        return awaitReady();
    }

    private long awaitReady() throws InterruptedException {
        Api api = api();
        long started = System.nanoTime();
        long deadline = started + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "the server process ended before it was ready; see " + log());
            try {
                if (api.get("/health/ready").status() == 200) {
                    return (System.nanoTime() - started) / 1_000_000;
                }
            } catch (IllegalStateException notListeningYet) {
                // connection refused until the HTTP listener is up
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within " + READY_TIMEOUT + "; see " + log());
    }

    /** A graceful stop (SIGTERM), killed if it takes over a minute. */
    void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
        process = null;
    }

    /** SIGKILL: the JVM gets no chance to flush or close anything. */
    void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroyForcibly().waitFor();
        process = null;
    }

    /** True when the tests run on PostgreSQL (the postgresql failsafe execution sets HANDLEPLAN_DB_URL). */
    static boolean onPostgreSql() {
        String url = System.getenv("HANDLEPLAN_DB_URL");
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    /**
     * On PostgreSQL: creates a new, empty database on the test server and answers its JDBC URL, so a
     * jar-test never mixes with the Arquillian tests' data (the role needs CREATEDB).
     */
    static String freshDatabase(String prefix) throws SQLException {
        String url = System.getenv("HANDLEPLAN_DB_URL");
        String name = prefix + "_" + Long.toString(System.currentTimeMillis(), 36);
        try (Connection connection = DriverManager.getConnection(url, System.getenv("HANDLEPLAN_DB_USER"),
                System.getenv("HANDLEPLAN_DB_PASSWORD")); Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " encoding 'UTF8'");
        }
        return databaseUrl(url, name);
    }

    /** The same server's URL with another database name (and the same parameters). */
    static String databaseUrl(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + (query < 0 ? "" : url.substring(query));
    }

    /** The server's environment, for a test that starts on PostgreSQL: a fresh database of its own. */
    ServerProcess onFreshDatabaseIfPostgreSql(String prefix) throws SQLException {
        if (onPostgreSql()) {
            with("HANDLEPLAN_DB_URL", freshDatabase(prefix));
        }
        return this;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
