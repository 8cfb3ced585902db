package dk.handleplan.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/** A fixed number of clients sending one kind of request back to back, each waiting for its answer. */
final class Load {

    /** One request; answers the HTTP status. */
    interface Request {
        int send(int client, int sequence);
    }

    private final int clients;

    Load(int clients) {
        this.clients = clients;
    }

    /** Warms up, then measures for {@code seconds}; a status other than {@code expected} (or an exception) is an error. */
    Stats run(String name, Request request, int expected, int warmUpSeconds, int seconds, LongSupplier sqlTotal)
            throws InterruptedException {
        phase(request, expected, warmUpSeconds);
        long sqlBefore = sqlTotal.getAsLong();
        long started = System.nanoTime();
        Phase measured = phase(request, expected, seconds);
        double elapsed = (System.nanoTime() - started) / 1e9;
        long sql = sqlTotal.getAsLong() - sqlBefore;
        long[] latencies = measured.latencies();
        return Stats.of(name, latencies, measured.errors.get(), elapsed,
                latencies.length == 0 ? 0 : (double) sql / latencies.length);
    }

    /** What one phase saw: each client's latencies, and the errors. */
    static final class Phase {
        final List<long[]> perClient = new ArrayList<>();
        final AtomicInteger errors = new AtomicInteger();
        volatile String firstError;

        long[] latencies() {
            return perClient.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        }
    }

    Phase phase(Request request, int expected, int seconds) throws InterruptedException {
        Phase phase = new Phase();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        long[][] results = new long[clients][];
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                long[] latencies = new long[1024];
                int count = 0;
                for (int sequence = 0; !stop.get(); sequence++) {
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = request.send(client, sequence);
                    } catch (RuntimeException e) {
                        status = -1;
                        phase.firstError = e.toString();
                    }
                    long took = System.nanoTime() - t0;
                    if (status != expected) {
                        phase.errors.incrementAndGet();
                        if (phase.firstError == null) {
                            phase.firstError = "status " + status;
                        }
                    }
                    if (count == latencies.length) {
                        latencies = java.util.Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = took;
                }
                results[client] = java.util.Arrays.copyOf(latencies, count);
            }, "client-" + c);
            thread.start();
            threads.add(thread);
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        for (long[] r : results) {
            phase.perClient.add(r);
        }
        if (phase.firstError != null) {
            System.err.println("  first error: " + phase.firstError);
        }
        return phase;
    }
}
