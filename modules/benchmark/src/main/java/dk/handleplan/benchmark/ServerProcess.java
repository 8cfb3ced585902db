package dk.handleplan.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Payara Micro server started as its own process, as an operator starts it. */
final class ServerProcess implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    final int port;
    final long millisToReady;
    private final Process process;
    private final Path log;

    private ServerProcess(Process process, Path log, int port, long millisToReady) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.millisToReady = millisToReady;
    }

    /** Starts {@code java -Xmx512m -jar <jar> <args>} in {@code folder} and waits for /health/ready = 200. */
    static ServerProcess start(Path jar, List<String> args, Path folder, int port, Map<String, String> env)
            throws IOException, InterruptedException {
        return start(jar, args, folder, port, env, false);
    }

    /**
     * As {@link #start(Path, List, Path, int, Map)}; with {@code profile}, the server also records a Java
     * Flight Recording (method samples every 10 ms) to {@code folder/server.jfr}, written when it stops.
     */
    static ServerProcess start(Path jar, List<String> args, Path folder, int port, Map<String, String> env,
            boolean profile) throws IOException, InterruptedException {
        Files.createDirectories(folder.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-Djava.io.tmpdir=" + folder.resolve("tmp")));
        if (profile) {
            command.add("-XX:StartFlightRecording=settings=profile,filename=" + folder.resolve("server.jfr"));
        }
        command.addAll(List.of("-jar", jar.toString(), "--port", Integer.toString(port), "--disablephonehome"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("server.log").toFile());
        builder.environment().putAll(env);
        long started = System.nanoTime();
        Process process = builder.start();
        URI ready = URI.create("http://127.0.0.1:" + port + "/health/ready");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped; see " + folder.resolve("server.log"));
            }
            if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(5)) {
                process.destroyForcibly();
                throw new IllegalStateException("not ready after 5 minutes; see " + folder.resolve("server.log"));
            }
            try {
                HttpResponse<Void> reply = client.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (reply.statusCode() == 200) {
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    return new ServerProcess(process, folder.resolve("server.log"), port, millis);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
    }

    URI root() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Resident memory (VmRSS) of the server process, in MiB. */
    double residentMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for process " + process.pid());
    }

    /** How many times the server's log mentions OutOfMemoryError: the run must fit in -Xmx512m. */
    long outOfMemoryErrors() throws IOException {
        try (var lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.filter(line -> line.contains("OutOfMemoryError")).count();
        }
    }

    /** Heap in use right after a full GC, in MiB: what the application really keeps. */
    double heapAfterFullGcMiB() throws IOException, InterruptedException {
        jcmd("GC.run");
        Matcher used = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info did not report the heap in use");
        }
        return Long.parseLong(used.group(1)) / 1024.0;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), command).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
