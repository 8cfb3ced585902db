package dk.handleplan.app.export;

import dk.handleplan.app.figures.ChartFigure;
import dk.handleplan.app.figures.FigureCharts;
import dk.handleplan.app.figures.FigureScope;
import dk.handleplan.app.rest.MonitoringSettings;
import dk.handleplan.charts.ChartRenderer;
import dk.handleplan.charts.QuarterlyChart;
import dk.handleplan.coercion.CoercionReportView;
import dk.handleplan.coercion.CoercionService;
import dk.handleplan.deadlines.DeadlineService;
import dk.handleplan.documents.MonitoringAppendix;
import dk.handleplan.documents.Table;
import dk.handleplan.monitoring.KeyFiguresReports;
import dk.handleplan.monitoring.KeyFiguresView;
import dk.handleplan.monitoring.Quarter;
import dk.handleplan.revisions.PlanSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * The monitoring appendix of a plan's exports: the offer's key figures over the plan's period (from the
 * quarter of the supervision visit to the latest quarter, at least 4 and at most 12 quarters) as charts
 * with their tables, and the coercion follow-up in counts only: no case, pseudonym or free text.
 */
@ApplicationScoped
@Transactional
public class MonitoringAppendices {

    static final int MIN_QUARTERS = 4;
    static final int MAX_QUARTERS = 12;
    private static final int CHART_WIDTH = 640;
    private static final int CHART_HEIGHT = 300;

    @Inject
    KeyFiguresReports reports;
    @Inject
    FigureCharts charts;
    @Inject
    CoercionService coercion;
    @Inject
    MonitoringSettings settings;
    @Inject
    DeadlineService deadlines;

    public MonitoringAppendix of(PlanSnapshot plan) {
        Quarter last = Quarter.parse(settings.quarterOrLast(null), "quarter");
        int count = MAX_QUARTERS;
        if (plan.visitDate() != null) {
            count = Math.max(MIN_QUARTERS, Math.min(MAX_QUARTERS, quartersBetween(Quarter.of(plan.visitDate()), last)));
        }
        List<KeyFiguresView> trend = reports.trendOfOffer(plan.offerId(), last.toString(), count,
                settings.countInternalMoves());
        List<MonitoringAppendix.Chart> chartList = new ArrayList<>();
        for (ChartFigure figure : ChartFigure.values()) {
            QuarterlyChart chart = charts.chart(FigureScope.offer(plan.offerId()), figure, plan.offerName(), trend);
            chartList.add(new MonitoringAppendix.Chart(chart.title(), ChartRenderer.describe(chart),
                    ChartRenderer.png(chart, CHART_WIDTH, CHART_HEIGHT, 2), table(FigureCharts.table(chart))));
        }
        String first = trend.isEmpty() ? last.toString() : trend.get(0).quarter();
        String period = Quarter.parse(first, "quarter").danish() + " – " + last.danish();
        return new MonitoringAppendix(plan.offerName(), plan.title(), period, deadlines.today(), chartList,
                coercionTables(coercion.offerReport(plan.offerId(), last.toString())));
    }

    /** Every table of the appendix, for the spreadsheet and CSV of the monitoring figures. */
    public static List<Table> tables(MonitoringAppendix appendix) {
        List<Table> all = new ArrayList<>();
        appendix.charts().forEach(c -> all.add(c.data()));
        all.addAll(appendix.tables());
        return all;
    }

    private static List<Table> coercionTables(CoercionReportView report) {
        String quarter = Quarter.parse(report.quarter(), "quarter").danish();
        List<List<String>> summary = List.of(
                List.of("Sager i alt", Integer.toString(report.cases())),
                List.of("Efter reglerne for voksne", Integer.toString(report.adult())),
                List.of("Efter reglerne for børn", Integer.toString(report.child())),
                List.of("Indberettet til tiden", percent(report.reportedOnTimePercent())),
                List.of("Fuldt fulgt op", percent(report.fullyFollowedUpPercent())),
                List.of("Åbne opfølgninger", Integer.toString(report.openFollowUps())),
                List.of("For sent registreret", Integer.toString(report.lateRegistrations())));
        List<List<String>> kinds = report.byKind().stream()
                .map(k -> List.of(k.name(), Integer.toString(k.cases()))).toList();
        List<List<String>> trend = report.trend().stream().map(q -> List.of(q.quarter(), Integer.toString(q.cases()),
                Integer.toString(q.adult()), Integer.toString(q.child()))).toList();
        return List.of(
                new Table("Magtanvendelser, opfølgning " + quarter, List.of("Opgørelse", "Antal eller andel"), summary),
                new Table("Magtanvendelser efter foranstaltning " + quarter, List.of("Foranstaltning", "Sager"), kinds),
                new Table("Magtanvendelser de seneste 8 kvartaler", List.of("Kvartal", "Sager", "Voksne", "Børn"), trend));
    }

    private static Table table(FigureCharts.Table chartTable) {
        List<String> headers = new ArrayList<>();
        headers.add("Kvartal");
        headers.addAll(chartTable.columns());
        List<List<String>> rows = chartTable.rows().stream().map(r -> {
            List<String> row = new ArrayList<>();
            row.add(r.quarter());
            row.addAll(r.cells());
            return (List<String>) row;
        }).toList();
        return new Table(chartTable.caption(), headers, rows);
    }

    private static String percent(Double value) {
        return value == null ? "–" : ChartRenderer.format(value, 0) + " %";
    }

    private static int quartersBetween(Quarter from, Quarter to) {
        return (to.year() - from.year()) * 4 + to.number() - from.number() + 1;
    }
}
