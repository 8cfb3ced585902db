package dk.handleplan.app.persistence;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A bounded cache of results built from the database, each valid for the {@link DataGeneration} and
 * the day it was built at (results that show "overdue" or "this quarter" change with the date). Least
 * recently used entries go first. Inside a transaction that has written, it neither answers nor
 * stores: that transaction sees rows nobody else may see yet.
 *
 * @param <K> what identifies a result (e.g. the plan's id)
 */
public final class GenerationCache<K, V> {

    private record Entry<V>(long generation, LocalDate day, V value) {
    }

    private final Map<K, Entry<V>> entries;

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
        if (!DataGeneration.cachingSafe() || DataGeneration.writtenInThisTransaction()) {
            return build.get();
        }
        long now = DataGeneration.current();
        Entry<V> entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry != null && entry.generation() == now && entry.day().equals(day)) {
            return entry.value();
        }
        V value = build.get();
        long builtAt = DataGeneration.ofThisTransaction();
        if (!DataGeneration.writtenInThisTransaction()) {
            synchronized (entries) {
                Entry<V> stored = entries.get(key);
                if (stored == null || stored.generation() <= builtAt) {
                    entries.put(key, new Entry<>(builtAt, day, value));
                }
            }
        }
        return value;
    }

    /** The number of results held. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
