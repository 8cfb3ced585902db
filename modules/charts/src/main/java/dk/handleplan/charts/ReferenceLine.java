package dk.handleplan.charts;

import java.util.Objects;

/**
 * A horizontal line across the chart at {@code value}: a target (from a plan goal) or a benchmark
 * (a comparison figure such as the municipality's average). Drawn dashed, each kind in its own colour
 * and dash pattern, and named in the legend, so the two are told apart without colour.
 */
public record ReferenceLine(String label, double value, Kind kind) {

    public enum Kind {
        TARGET("Mål"), BENCHMARK("Benchmark");

        private final String danish;

        Kind(String danish) {
            this.danish = danish;
        }

        public String danish() {
            return danish;
        }
    }

    public ReferenceLine {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a reference line needs a finite value, not " + value);
        }
    }
}
