package dk.handleplan.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The targets and benchmarks of some offers, read once ({@link FigureSeriesService#references}), and
 * how a figure stands against them. A department without a target of its own for a figure has the
 * offer's; every offer has the benchmarks for all offers besides its own.
 */
public final class References {

    private final List<TargetView> targets;
    private final List<BenchmarkView> benchmarks;
    private final Map<Long, BenchmarkView> benchmarksById;

    References(List<TargetView> targets, List<BenchmarkView> benchmarks) {
        this.targets = targets;
        this.benchmarks = benchmarks;
        this.benchmarksById = new java.util.HashMap<>();
        benchmarks.forEach(b -> benchmarksById.put(b.id(), b));
    }

    /** A value a figure is measured against, and the period it is from ("2024", "2024-Q3"). */
    public record Reference(double value, String period) {
    }

    /** The target for the figure: the department's own, else the offer's; the offer's for departmentId null. */
    public Optional<TargetView> target(long offerId, Long departmentId, Figure figure) {
        Optional<TargetView> own = targets.stream().filter(t -> t.offerId() == offerId && !t.archived()
                && t.figure() == figure && java.util.Objects.equals(t.departmentId(), departmentId)).findFirst();
        if (own.isPresent() || departmentId == null) {
            return own;
        }
        return target(offerId, null, figure);
    }

    /** The active benchmarks of the figure for the offer: those for all offers first, then its own. */
    public List<BenchmarkView> benchmarks(long offerId, Figure figure) {
        return benchmarks.stream().filter(b -> !b.archived() && b.figure() == figure
                && (b.offerId() == null || b.offerId() == offerId))
                .sorted(Comparator.comparing((BenchmarkView b) -> b.offerId() != null).thenComparing(BenchmarkView::id))
                .toList();
    }

    /** The benchmark's value that stands for the quarter (see {@link BenchmarkPeriod}), if any. */
    public static Optional<Reference> valueAt(BenchmarkView benchmark, Quarter quarter) {
        BenchmarkView.Value best = null;
        int bestFit = -1;
        for (BenchmarkView.Value v : benchmark.values()) {
            if (v.archived()) {
                continue;
            }
            int fit = BenchmarkPeriod.parse(v.period(), "period").fitFor(quarter);
            if (fit > bestFit) {
                best = v;
                bestFit = fit;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Reference(best.value(), best.period()));
    }

    /** The target's value for the quarter: its own value, or its benchmark's value then. */
    public Optional<Reference> valueAt(TargetView target, Quarter quarter) {
        if (target.value() != null) {
            return Optional.of(new Reference(target.value(), null));
        }
        BenchmarkView benchmark = benchmarksById.get(target.benchmarkId());
        return benchmark == null ? Optional.empty() : valueAt(benchmark, quarter);
    }

    /**
     * The status of the figure's value for the quarter (the rolling year's, or the quarter's own)
     * against the target, when the target is measured on that period; null when there is nothing to
     * measure against.
     */
    public Status status(long offerId, Long departmentId, Figure figure, Quarter quarter, boolean rollingYear,
            Double value) {
        if (value == null) {
            return null;
        }
        Optional<TargetView> target = target(offerId, departmentId, figure);
        if (target.isEmpty() || target.get().rollingYear() != rollingYear) {
            return null;
        }
        return valueAt(target.get(), quarter).map(r -> Status.of(value, r.value(), figure.lowerIsBetter()))
                .orElse(null);
    }

    List<BenchmarkView> all() {
        return new ArrayList<>(benchmarks);
    }
}
