package dk.handleplan.monitoring;

import dk.handleplan.people.DepartmentView;
import dk.handleplan.people.OfferService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A figure's series with its target and benchmarks, and the statuses against them: for a
 * department's or an offer's charts, for the comparison, and for the plan goals linked to a target.
 */
@ApplicationScoped
@Transactional
public class FigureSeriesService {

    @Inject
    KeyFiguresReports reports;
    @Inject
    TargetService targets;
    @Inject
    BenchmarkService benchmarks;
    @Inject
    OfferService offers;

    /** The targets and benchmarks of the offers, read at once (three queries whatever their number). */
    public References references(Collection<Long> offerIds) {
        return new References(targets.forOffers(offerIds), benchmarks.forOffers(offerIds));
    }

    /** The department's series over the {@code count} quarters ending with {@code last}. */
    public FigureSeries departmentSeries(long departmentId, Figure figure, String last, int count,
            boolean countInternalMoves) {
        DepartmentView department = offers.department(departmentId);
        return series(department.offerId(), departmentId, figure,
                reports.trendOfDepartment(departmentId, last, count, countInternalMoves),
                references(List.of(department.offerId())));
    }

    /** The offer's series (all departments together) over the quarters ending with {@code last}. */
    public FigureSeries offerSeries(long offerId, Figure figure, String last, int count, boolean countInternalMoves) {
        return series(offerId, null, figure, reports.trendOfOffer(offerId, last, count, countInternalMoves),
                references(List.of(offerId)));
    }

    /** A linked goal's figure: the target's scope's series over the last 4 quarters ending with {@code last}. */
    public record GoalFigure(long goalId, TargetView target, FigureSeries series) {
    }

    /** The figures of the goals that have a target linked (one per target), ending with the quarter {@code last}. */
    public List<GoalFigure> ofGoals(Collection<Long> goalIds, String last, boolean countInternalMoves) {
        List<GoalFigure> result = new ArrayList<>();
        for (TargetView t : targets.ofGoals(goalIds)) {
            FigureSeries series = t.departmentId() == null
                    ? offerSeries(t.offerId(), t.figure(), last, 4, countInternalMoves)
                    : departmentSeries(t.departmentId(), t.figure(), last, 4, countInternalMoves);
            result.add(new GoalFigure(t.goalId(), t, series));
        }
        return result;
    }

    /** The series of a trend (oldest first) with the lines the references give the scope. */
    public static FigureSeries series(long offerId, Long departmentId, Figure figure, List<KeyFiguresView> trend,
            References references) {
        List<FigureSeries.Point> points = new ArrayList<>();
        for (KeyFiguresView k : trend) {
            points.add(new FigureSeries.Point(k.quarter(), figure.of(k.quarterFigures()), figure.of(k.rollingYear()),
                    k.rollingYear().quarters().size()));
        }
        Optional<TargetView> target = references.target(offerId, departmentId, figure);
        FigureSeries.Line targetLine = target.map(t -> line(t.id(), "TARGET", "Mål", t.description(), t.rollingYear(),
                points, figure, q -> references.valueAt(t, q))).orElse(null);
        List<FigureSeries.Line> benchmarkLines = references.benchmarks(offerId, figure).stream()
                .map(b -> line(b.id(), "BENCHMARK", b.name(), b.source(), true, points, figure,
                        q -> References.valueAt(b, q)))
                .toList();
        boolean onRollingYear = target.map(TargetView::rollingYear).orElse(true);
        return new FigureSeries(trend.isEmpty() ? null : trend.get(0).scope(), figure, figure.danish(), figure.unit(),
                points, targetLine, benchmarkLines, trend(points, onRollingYear, figure));
    }

    private static FigureSeries.Line line(long id, String kind, String name, String description, boolean rollingYear,
            List<FigureSeries.Point> points, Figure figure,
            java.util.function.Function<Quarter, Optional<References.Reference>> valueAt) {
        List<FigureSeries.LinePoint> values = new ArrayList<>();
        for (FigureSeries.Point p : points) {
            Optional<References.Reference> r = valueAt.apply(Quarter.parse(p.quarter(), "quarter"));
            values.add(new FigureSeries.LinePoint(p.quarter(), r.map(References.Reference::value).orElse(null),
                    r.map(References.Reference::period).orElse(null)));
        }
        FigureSeries.LinePoint last = values.isEmpty() ? null : values.get(values.size() - 1);
        FigureSeries.Point lastPoint = points.isEmpty() ? null : points.get(points.size() - 1);
        Double figureValue = lastPoint == null ? null : rollingYear ? lastPoint.rollingYear() : lastPoint.value();
        Status status = last == null || last.value() == null || figureValue == null ? null
                : Status.of(figureValue, last.value(), figure.lowerIsBetter());
        String statusText = status == null ? null
                : "TARGET".equals(kind) ? status.againstTarget() : status.danish() + " " + name;
        return new FigureSeries.Line(id, kind, name, description, rollingYear, values,
                last == null ? null : last.value(), last == null ? null : last.period(), status, statusText);
    }

    private static FigureSeries.Trend trend(List<FigureSeries.Point> points, boolean rollingYear, Figure figure) {
        if (points.size() < 2) {
            return null;
        }
        FigureSeries.Point before = points.get(points.size() - 2);
        FigureSeries.Point now = points.get(points.size() - 1);
        Double a = rollingYear ? before.rollingYear() : before.value();
        Double b = rollingYear ? now.rollingYear() : now.value();
        if (a == null || b == null) {
            return null;
        }
        if (Math.abs(b - a) < 0.05) {
            return new FigureSeries.Trend("FLAT", "Uændret siden " + before.quarter(), null);
        }
        boolean up = b > a;
        boolean improving = up != figure.lowerIsBetter();
        return new FigureSeries.Trend(up ? "UP" : "DOWN", (up ? "Stigende" : "Faldende") + " siden " + before.quarter()
                + (improving ? " (bedre)" : " (dårligere)"), improving);
    }
}
