package dk.handleplan.monitoring;

import java.util.List;

/**
 * A figure's quarterly series for a department or an offer, with its target and benchmark lines and
 * the status of the latest value against each. {@code trend} compares the latest value with the
 * quarter before (on the period the target is measured on; the rolling year when there is no target).
 */
public record FigureSeries(String scope, Figure figure, String figureName, String unit, List<Point> points,
        Line target, List<Line> benchmarks, Trend trend) {

    /**
     * A quarter's value and the rolling year's ending with it; null where they cannot be computed.
     * {@code yearQuarters}: how many of the rolling year's four quarters have figures.
     */
    public record Point(String quarter, Double value, Double rollingYear, int yearQuarters) {
    }

    /**
     * A target or benchmark over the quarters: its value for each (null where it has none) and the
     * latest value's status ({@code status} null when the latest value or the reference is missing).
     */
    public record Line(Long id, String kind, String name, String description, boolean rollingYear,
            List<LinePoint> values, Double latest, String latestPeriod, Status status, String statusText) {
    }

    public record LinePoint(String quarter, Double value, String period) {
    }

    /** UP, DOWN or FLAT, in words, and whether that is an improvement (null when there is no earlier value). */
    public record Trend(String direction, String danish, Boolean improving) {
    }
}
