package dk.handleplan.charts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One line (or set of bars) of a chart: a value per quarter label ("2025-Q1"). A quarter that is
 * missing, or whose value is null, is a gap: the line is broken there, never drawn through zero.
 */
public record Series(String label, Map<String, Double> values) {

    public Series {
        Objects.requireNonNull(label, "label");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values == null ? Map.of() : values));
    }

    /** The value of the quarter, or null for a gap. */
    public Double value(String quarter) {
        return values.get(quarter);
    }
}
