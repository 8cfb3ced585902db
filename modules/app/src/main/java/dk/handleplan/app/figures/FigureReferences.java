package dk.handleplan.app.figures;

import dk.handleplan.charts.ChartRenderer;
import dk.handleplan.charts.ReferenceLine;
import dk.handleplan.monitoring.BenchmarkView;
import dk.handleplan.monitoring.FigureSeries;
import dk.handleplan.monitoring.FigureSeriesService;
import dk.handleplan.monitoring.KeyFiguresView;
import dk.handleplan.monitoring.Quarter;
import dk.handleplan.monitoring.References;
import dk.handleplan.monitoring.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The one place that says what a figure is measured against on the pages: the target and benchmark
 * lines drawn across its chart, and the status of a value in the comparison. Both come from the
 * monitoring module's targets and benchmarks ({@link References}).
 */
@ApplicationScoped
public class FigureReferences {

    @Inject
    FigureSeriesService series;

    /** A status and what it says, e.g. "Dårligere end målet" or "Bedre end eller lig med KL's gennemsnit". */
    public record Assessment(Status status, String text) {
    }

    /** The targets and benchmarks of the offers, read at once. */
    public References of(Collection<Long> offerIds) {
        return series.references(offerIds);
    }

    /**
     * The horizontal lines for the figure's chart over the trend (oldest first): the target and each
     * benchmark at its value for the last quarter, its label naming the value's period.
     */
    public List<ReferenceLine> lines(FigureScope scope, ChartFigure figure, List<KeyFiguresView> trend) {
        FigureSeries s = FigureSeriesService.series(scope.offerId(), scope.departmentId(), figure.figure(), trend,
                of(List.of(scope.offerId())));
        List<ReferenceLine> lines = new ArrayList<>();
        if (s.target() != null && s.target().latest() != null) {
            lines.add(new ReferenceLine("Mål: " + s.target().description(), s.target().latest(),
                    ReferenceLine.Kind.TARGET));
        }
        for (FigureSeries.Line b : s.benchmarks()) {
            if (b.latest() != null) {
                lines.add(new ReferenceLine(b.name() + " (" + b.latestPeriod() + ": "
                        + ChartRenderer.format(b.latest(), figure.decimals()) + figure.unit() + ")", b.latest(),
                        ReferenceLine.Kind.BENCHMARK));
            }
        }
        return lines;
    }

    /**
     * The status of a value in the comparison: against the target when it is measured on this period;
     * else, for the rolling year, against the figure's first benchmark; null (neutral) when neither.
     */
    public Assessment assess(References references, FigureScope scope, ChartFigure figure, String quarterText,
            boolean rollingYear, Double value) {
        if (value == null) {
            return null;
        }
        Quarter quarter = Quarter.parse(quarterText, "quarter");
        Status status = references.status(scope.offerId(), scope.departmentId(), figure.figure(), quarter, rollingYear,
                value);
        if (status != null) {
            return new Assessment(status, status.againstTarget());
        }
        if (!rollingYear) {
            return null;
        }
        for (BenchmarkView b : references.benchmarks(scope.offerId(), figure.figure())) {
            Optional<References.Reference> r = References.valueAt(b, quarter);
            if (r.isPresent()) {
                Status against = Status.of(value, r.get().value(), figure.lowerIsBetter());
                return new Assessment(against, against.danish() + " " + b.name());
            }
        }
        return null;
    }
}
