package dk.handleplan.app.persistence;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A bounded cache of results built from the database, each valid for the {@link DataGeneration} and
 * the day it was built at (results that show "overdue" or "this quarter" change with the date). Least
 * recently used entries go first. Callers that miss the same key at the same time wait for one build
 * (a cold PDF is a quarter of a second of CPU; sixteen of them at once took seconds). Inside a transaction that has written, it neither answers nor
 * stores: that transaction sees rows nobody else may see yet.
 *
 * @param <K> what identifies a result (e.g. the plan's id)
 */
public final class GenerationCache<K, V> {

    private record Entry<V>(long generation, LocalDate day, V value) {
    }

    private final Map<K, Entry<V>> entries;

    /** A build in progress, and the generation its result may be stored under once it is done. */
    private record Flight<K>(K key, long generation, LocalDate day) {
    }

    private record Built<V>(V value, long generation) {
    }

    /** One build per key at a time: the others that missed at the same generation wait for its result. */
    private final ConcurrentMap<Flight<K>, CompletableFuture<Built<V>>> building = new ConcurrentHashMap<>();

    public GenerationCache(int maxEntries) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The result for the key as of now and today: from the cache if nothing has changed since it was built. */
    public V get(K key, LocalDate day, Supplier<V> build) {
        return get(key, day, DataGeneration.current(), build);
    }

    /**
     * As {@link #get(Object, LocalDate, Supplier)}, for a result built from data the caller has already
     * read (a plan tree it holds): {@code readAt} is the generation the caller read before it read that
     * data, so a write that commits in between leaves the result behind instead of being stored under
     * the newer generation.
     */
    public V get(K key, LocalDate day, long readAt, Supplier<V> build) {
        if (!DataGeneration.cachingSafe() || DataGeneration.writtenInThisTransaction()) {
            return build.get();
        }
        long now = Math.min(readAt, DataGeneration.current());
        Entry<V> entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry != null && entry.generation() == now && entry.day().equals(day)) {
            return entry.value();
        }
        dropOlderThan(now);
        Flight<K> flight = new Flight<>(key, now, day);
        CompletableFuture<Built<V>> mine = new CompletableFuture<>();
        CompletableFuture<Built<V>> running = building.putIfAbsent(flight, mine);
        if (running != null) {
            Built<V> built = awaited(running);
            // Only a result as new as what this caller has seen: a caller that has just written and
            // reads again must see its write, even if a build that began before it is finishing.
            return built != null && built.generation() >= now ? built.value() : build.get();
        }
        try {
            V value = build.get();
            // Read before the build (outside a transaction), or at the transaction's first statement.
            long builtAt = Math.min(now, DataGeneration.ofThisTransaction());
            if (DataGeneration.writtenInThisTransaction()) {
                mine.complete(null);
                return value;
            }
            synchronized (entries) {
                Entry<V> stored = entries.get(key);
                if (stored == null || stored.generation() <= builtAt) {
                    entries.put(key, new Entry<>(builtAt, day, value));
                }
            }
            mine.complete(new Built<>(value, builtAt));
            return value;
        } catch (RuntimeException | Error e) {
            mine.complete(null); // the others build for themselves and meet the failure on their own
            throw e;
        } finally {
            building.remove(flight, mine);
        }
    }

    /**
     * Lets go of the results of earlier generations once a newer one is seen: they can never be
     * answered again (the generation only grows), and under writes they would otherwise stay until
     * the least-recently-used bound pushed them out.
     */
    private void dropOlderThan(long now) {
        synchronized (entries) {
            if (now > droppedBefore) {
                entries.values().removeIf(e -> e.generation() < now);
                droppedBefore = now;
            }
        }
    }

    private long droppedBefore;

    private static <V> Built<V> awaited(CompletableFuture<Built<V>> running) {
        try {
            return running.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** The number of results held. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
