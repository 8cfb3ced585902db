package dk.handleplan.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void nearestRankPercentiles() {
        long[] oneToHundred = LongStream.rangeClosed(1, 100).toArray();
        assertEquals(50, Stats.percentile(oneToHundred, 50));
        assertEquals(99, Stats.percentile(oneToHundred, 99));
        assertEquals(100, Stats.percentile(oneToHundred, 100));
        assertEquals(1, Stats.percentile(oneToHundred, 0.5));
    }

    @Test
    void aFewValuesAndNone() {
        assertEquals(7, Stats.percentile(new long[] {7}, 99));
        assertEquals(2, Stats.percentile(new long[] {1, 2, 3}, 50));
        assertEquals(3, Stats.percentile(new long[] {1, 2, 3}, 99));
        assertEquals(0, Stats.percentile(new long[0], 50));
        assertThrows(IllegalArgumentException.class, () -> Stats.percentile(new long[] {1}, 0));
    }

    @Test
    void summarisesUnsortedNanosInMillis() {
        long[] nanos = {5_000_000, 1_000_000, 3_000_000, 2_000_000, 4_000_000};
        Stats stats = Stats.of("x", nanos, 1, 2.0, 3.5);
        assertEquals(3.0, stats.medianMillis(), 1e-9);
        assertEquals(5.0, stats.p99Millis(), 1e-9);
        assertEquals(2.5, stats.requestsPerSecond(), 1e-9);
        assertEquals(5_000_000, nanos[0], "the caller's array is left as it was");
    }
}
