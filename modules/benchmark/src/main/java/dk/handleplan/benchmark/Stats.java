package dk.handleplan.benchmark;

import java.util.Arrays;

/** Latency statistics of one measured request type. */
record Stats(String name, int requests, int errors, double seconds, double medianMillis, double p99Millis,
        double sqlPerRequest) {

    static Stats of(String name, long[] latenciesNanos, int errors, double seconds, double sqlPerRequest) {
        long[] sorted = latenciesNanos.clone();
        Arrays.sort(sorted);
        return new Stats(name, sorted.length, errors, seconds, percentile(sorted, 50) / 1e6,
                percentile(sorted, 99) / 1e6, sqlPerRequest);
    }

    double requestsPerSecond() {
        return seconds > 0 ? requests / seconds : 0;
    }

    /** Nearest-rank percentile of sorted values: the smallest value with at least p% of all at or below it. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
