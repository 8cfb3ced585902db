package dk.handleplan.monitoring;

import java.util.List;

/**
 * A benchmark with its values, oldest period first. {@code offerId} null: it applies to every offer
 * (kept by administrators).
 */
public record BenchmarkView(long id, Long offerId, Figure figure, String figureName, String name, String source,
        String method, List<Value> values, long version, boolean archived) {

    /** A value for a quarter ("2024-Q3") or a whole year ("2024"). */
    public record Value(long id, String period, double value, long version, boolean archived) {
    }
}
