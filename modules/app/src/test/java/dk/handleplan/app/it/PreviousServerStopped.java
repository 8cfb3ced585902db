package dk.handleplan.app.it;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Before a test class starts its server, waits until the servers of the classes before it have exited.
 *
 * <p>Arquillian's Payara Micro container ends a server with {@code Process.destroy()} and does not wait.
 * All Arquillian classes share one H2 data directory, so the next class's server could open the
 * database while the last one still held it. H2 then refuses ("Database may be already in use"),
 * the deployment fails, and Arquillian still runs the class against a server without the application,
 * so every test fails with a 404. {@link ArquillianOnPayaraMicro} registers it before Arquillian.
 */
public final class PreviousServerStopped implements BeforeAllCallback {

    private static final long WAIT_SECONDS = 60;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        List<ProcessHandle> servers = ProcessHandle.current().children().filter(PreviousServerStopped::isServer)
                .toList();
        long started = System.nanoTime();
        for (ProcessHandle server : servers) {
            CompletableFuture<ProcessHandle> exited = server.onExit();
            try {
                exited.get(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                System.out.println("PreviousServerStopped: server " + server.pid() + " still running after "
                        + WAIT_SECONDS + " s; killing it");
                server.destroyForcibly();
                exited.get(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
        if (!servers.isEmpty()) {
            // How often the overlap happens, for whoever reads a failed run's log.
            System.out.printf("PreviousServerStopped: waited %d ms for %d server(s) to exit before %s%n",
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), servers.size(),
                    context.getDisplayName());
        }
    }

    /** A Payara Micro this test JVM started: Arquillian's, or the executable jar started by a test. */
    private static boolean isServer(ProcessHandle process) {
        return process.info().commandLine()
                .map(line -> line.contains("payara-micro") || line.contains("handleplan.jar")).orElse(false);
    }
}
