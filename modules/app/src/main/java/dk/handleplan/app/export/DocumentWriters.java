package dk.handleplan.app.export;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Writes at most as many documents at a time as there are processors; the rest wait their turn, in
 * order. A PDF of a 40-activity plan is about 0.15 s of CPU and tens of MB of heap while pdfbox saves
 * it: sixteen at once on two cores took seconds each and, in the benchmark, ran a 512 MB heap out of
 * memory. Waiting in line costs the same time without the memory, and leaves processors for the other
 * requests. A caller that waits longer than {@code maxWait} meets {@link Busy} (answered 503 with
 * Retry-After).
 */
public final class DocumentWriters {

    /** No turn to write a document came within the wait: nothing was changed, try again shortly. */
    public static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy(Duration waited) {
            super("The server is writing other documents; none came free within " + waited.toSeconds()
                    + " seconds. Nothing was changed: send the request again in a little while.");
        }
    }

    private final Semaphore turns;
    private final Duration maxWait;

    DocumentWriters(int atOnce, Duration maxWait) {
        this.turns = new Semaphore(atOnce, true);
        this.maxWait = maxWait;
    }

    static DocumentWriters forThisMachine() {
        return new DocumentWriters(Math.max(1, Runtime.getRuntime().availableProcessors()), Duration.ofSeconds(30));
    }

    <T> T write(Supplier<T> writer) {
        try {
            if (!turns.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy(maxWait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy(maxWait);
        }
        try {
            return writer.get();
        } finally {
            turns.release();
        }
    }
}
