package dk.handleplan.app.figures;

import dk.handleplan.charts.ChartRenderer;
import dk.handleplan.charts.QuarterlyChart;
import dk.handleplan.charts.Series;
import dk.handleplan.monitoring.KeyFiguresView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Key figures over quarters as charts: each chart has the quarter's own figure and the rolling
 * year's, and the target and benchmark lines {@link FigureReferences} gives. Also the same numbers as
 * a table, to stand next to the chart for those who cannot see it.
 */
@ApplicationScoped
public class FigureCharts {

    public static final String QUARTER_SERIES = "Kvartalet";
    public static final String YEAR_SERIES = "Rullende år (4 kvartaler)";

    @Inject
    FigureReferences references;

    /** A chart's numbers as a table: one row per quarter, one column per series ("–" for none). */
    public record Table(String caption, List<String> columns, List<Row> rows) {
    }

    public record Row(String quarter, List<String> cells) {
    }

    /** The figure's chart over the trend's quarters (oldest first), with its reference lines. */
    public QuarterlyChart chart(FigureScope scope, ChartFigure figure, String scopeName, List<KeyFiguresView> trend) {
        Map<String, Double> quarter = new LinkedHashMap<>();
        Map<String, Double> year = new LinkedHashMap<>();
        List<String> quarters = new ArrayList<>();
        for (KeyFiguresView k : trend) {
            quarters.add(k.quarter());
            quarter.put(k.quarter(), figure.of(k.quarterFigures()));
            year.put(k.quarter(), figure.of(k.rollingYear()));
        }
        return new QuarterlyChart(figure.title() + ", " + scopeName, figure.axis(), figure.decimals(), figure.unit(),
                QuarterlyChart.Style.LINE, quarters, List.of(new Series(QUARTER_SERIES, quarter),
                        new Series(YEAR_SERIES, year)), references.lines(scope, figure, trend));
    }

    /**
     * Counts per quarter (e.g. coercion cases by kind) as a bar chart: series name -> quarter -> count;
     * a quarter missing from a series is drawn as none.
     */
    public static QuarterlyChart counts(String title, List<String> quarters, Map<String, Map<String, Integer>> counts) {
        List<Series> series = new ArrayList<>();
        counts.forEach((label, byQuarter) -> {
            Map<String, Double> values = new LinkedHashMap<>();
            byQuarter.forEach((q, n) -> values.put(q, n == null ? null : n.doubleValue()));
            series.add(new Series(label, values));
        });
        return QuarterlyChart.counts(title, "antal", quarters, series);
    }

    /** The chart's numbers, formatted as the chart's axis is. */
    public static Table table(QuarterlyChart chart) {
        List<Row> rows = new ArrayList<>();
        for (String q : chart.quarters()) {
            List<String> cells = new ArrayList<>();
            for (Series s : chart.series()) {
                Double v = s.value(q);
                cells.add(v == null ? "–" : ChartRenderer.format(v, chart.decimals()) + chart.unit());
            }
            rows.add(new Row(q, cells));
        }
        return new Table(chart.title() + " pr. kvartal", chart.series().stream().map(Series::label).toList(), rows);
    }
}
