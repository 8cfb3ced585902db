package dk.handleplan.app.figures;

import dk.handleplan.charts.ReferenceLine;
import dk.handleplan.monitoring.Status;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The one place that says what a figure is measured against: the target and benchmark lines drawn
 * across its chart, and the status of a value in the comparison. Targets (from plan goals) and
 * benchmarks (comparison series) are not built yet, so there are no lines and every status is neutral
 * (null); when they are, this class reads them and nothing else changes (the charts draw every line it
 * returns, the comparison colours every status it returns).
 */
@ApplicationScoped
public class FigureReferences {

    /**
     * The horizontal lines for the figure's chart over these quarters (oldest first): each a target
     * ({@link ReferenceLine.Kind#TARGET}) or a benchmark ({@link ReferenceLine.Kind#BENCHMARK}).
     */
    public List<ReferenceLine> lines(FigureScope scope, ChartFigure figure, List<String> quarters) {
        return List.of();
    }

    /**
     * The status of a value in the comparison, e.g. {@code Status.of(value, target, figure.lowerIsBetter())};
     * null when the figure has nothing to be measured against (shown as neutral).
     *
     * @param rollingYear true for the rolling year ending with the quarter, false for the quarter itself
     */
    public Status status(FigureScope scope, ChartFigure figure, String quarter, boolean rollingYear, Double value) {
        return null;
    }
}
