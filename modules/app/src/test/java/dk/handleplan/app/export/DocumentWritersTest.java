package dk.handleplan.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DocumentWritersTest {

    @Test
    void neverMoreWritersAtOnceThanTurnsAndEveryoneGetsTheirDocument() throws Exception {
        DocumentWriters writers = new DocumentWriters(2, Duration.ofSeconds(30));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<Future<Integer>> documents = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int number = i;
            documents.add(callers.submit(() -> writers.write(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                sleep(20);
                running.decrementAndGet();
                return number;
            })));
        }
        for (int i = 0; i < 8; i++) {
            assertEquals(i, documents.get(i).get(10, TimeUnit.SECONDS));
        }
        callers.shutdown();
        assertTrue(most.get() <= 2, "writers at once: " + most.get());
    }

    @Test
    void aCallerWhoWaitsTooLongGets503AndTheTurnIsFreeAgainAfterwards() throws Exception {
        DocumentWriters writers = new DocumentWriters(1, Duration.ofMillis(200));
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService first = Executors.newSingleThreadExecutor();
        Future<String> slow = first.submit(() -> writers.write(() -> {
            writing.countDown();
            await(finish);
            return "first";
        }));
        writing.await(10, TimeUnit.SECONDS);

        assertThrows(DocumentWriters.Busy.class, () -> writers.write(() -> "second"));

        finish.countDown();
        assertEquals("first", slow.get(10, TimeUnit.SECONDS));
        assertEquals("third", writers.write(() -> "third"));
        first.shutdown();
    }

    @Test
    void aWriterThatFailsGivesItsTurnBack() {
        DocumentWriters writers = new DocumentWriters(1, Duration.ofMillis(200));
        assertThrows(IllegalStateException.class, () -> writers.write(() -> {
            throw new IllegalStateException("pdf failed");
        }));
        assertEquals("next", writers.write(() -> "next"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
