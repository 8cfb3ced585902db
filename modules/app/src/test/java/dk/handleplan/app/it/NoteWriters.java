package dk.handleplan.app.it;

import static dk.handleplan.app.it.Api.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Clients that write numbered progress notes to one activity as fast as they can, remembering each
 * note the server acknowledged with 201 and each other answer; and the check that every acknowledged
 * note is stored exactly once.
 */
final class NoteWriters {

    private final Api api;
    private final long activity;
    private final AtomicBoolean writing = new AtomicBoolean(true);
    private final ExecutorService threads;
    private final List<Future<?>> running;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger connectionsLost = new AtomicInteger();
    final Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<Api.Reply> refused = new ConcurrentLinkedQueue<>();

    /** Starts {@code count} writers; they go on until {@link #stop()}. */
    NoteWriters(Api api, long activity, int count, boolean stopWhenServerGone) {
        this.api = api;
        this.activity = activity;
        this.threads = Executors.newFixedThreadPool(count);
        this.running = IntStream.range(0, count).<Future<?>>mapToObj(writer -> threads.submit(
                () -> write(writer, stopWhenServerGone))).toList();
    }

    private void write(int writer, boolean stopWhenServerGone) {
        for (int n = 0; writing.get(); n++) {
            String text = "Notat " + writer + "-" + n;
            sent.incrementAndGet();
            Api.Reply reply;
            try {
                reply = api.post("activities/" + activity + "/notes", obj("text", text));
            } catch (IllegalStateException connectionLost) {
                // No answer: whether this note was stored is unknown, and either is allowed.
                connectionsLost.incrementAndGet();
                if (stopWhenServerGone) {
                    return;
                }
                continue;
            }
            if (reply.status() == 201) {
                acknowledged.put(reply.id(), text);
            } else {
                refused.add(reply);
                pause(); // a refusal comes fast: don't flood the server's log while it lasts
            }
        }
    }

    static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the writers and waits for their last requests. */
    void stop() throws Exception {
        writing.set(false);
        for (Future<?> writer : running) {
            writer.get(3, TimeUnit.MINUTES);
        }
        threads.shutdown();
    }

    int sent() {
        return sent.get();
    }

    int connectionsLost() {
        return connectionsLost.get();
    }

    /** Every acknowledged note is stored, with its id, and no note text is stored twice; answers how many are. */
    int assertAcknowledgedStoredOnce(Api reader) {
        Map<String, Long> stored = new HashMap<>();
        for (JsonObject note : reader.get("activities/" + activity + "/notes").array().getValuesAs(JsonObject.class)) {
            Long earlier = stored.put(note.getString("text"), note.getJsonNumber("id").longValue());
            assertEquals(null, earlier, "a note is stored twice: " + note);
        }
        List<String> lost = acknowledged.entrySet().stream()
                .filter(note -> !note.getKey().equals(stored.get(note.getValue())))
                .map(note -> note.getKey() + " " + note.getValue()).sorted().toList();
        assertEquals(List.of(), lost, lost.size() + " of " + acknowledged.size() + " acknowledged notes are missing");
        return stored.size();
    }
}
