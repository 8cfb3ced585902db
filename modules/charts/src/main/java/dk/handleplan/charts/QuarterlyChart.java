package dk.handleplan.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A chart of figures over quarters: the quarters along the x-axis in the given order, one or more
 * series, optional reference lines.
 *
 * @param title shown above the chart and as the SVG's accessible name
 * @param yAxisLabel the unit, e.g. "%" or "dage"
 * @param decimals decimals in the numbers shown (axis ticks, the description); 0 draws whole-number ticks
 * @param unit appended to numbers in the description, e.g. " %" or " dage" (may be empty)
 * @param style lines (trends) or bars (counts, such as coercion cases)
 * @param quarters the x-axis, oldest first
 */
public record QuarterlyChart(String title, String yAxisLabel, int decimals, String unit, Style style,
        List<String> quarters, List<Series> series, List<ReferenceLine> referenceLines) {

    public enum Style { LINE, BAR }

    public QuarterlyChart {
        Objects.requireNonNull(title, "title");
        yAxisLabel = yAxisLabel == null ? "" : yAxisLabel;
        unit = unit == null ? "" : unit;
        style = style == null ? Style.LINE : style;
        if (decimals < 0 || decimals > 4) {
            throw new IllegalArgumentException("decimals must be 0 to 4, not " + decimals);
        }
        quarters = List.copyOf(quarters);
        series = List.copyOf(series);
        referenceLines = referenceLines == null ? List.of() : List.copyOf(referenceLines);
    }

    /** A line chart without reference lines; add them with {@link #withReferenceLines}. */
    public static QuarterlyChart lines(String title, String yAxisLabel, int decimals, String unit,
            List<String> quarters, List<Series> series) {
        return new QuarterlyChart(title, yAxisLabel, decimals, unit, Style.LINE, quarters, series, List.of());
    }

    /** A bar chart of whole-number counts per quarter (e.g. coercion cases). */
    public static QuarterlyChart counts(String title, String yAxisLabel, List<String> quarters, List<Series> series) {
        return new QuarterlyChart(title, yAxisLabel, 0, "", Style.BAR, quarters, series, List.of());
    }

    /** The same chart with these reference lines added. */
    public QuarterlyChart withReferenceLines(List<ReferenceLine> lines) {
        List<ReferenceLine> all = new ArrayList<>(referenceLines);
        all.addAll(lines);
        return new QuarterlyChart(title, yAxisLabel, decimals, unit, style, quarters, series, all);
    }

    /** True when no series has a value in any of the quarters. */
    public boolean isEmpty() {
        return series.stream().noneMatch(s -> quarters.stream().anyMatch(q -> s.value(q) != null));
    }
}
