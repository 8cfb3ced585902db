package dk.handleplan.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which benchmark value stands for a quarter, whose target applies, and the statuses and trend of a series. */
class ReferencesTest {

    private static BenchmarkView benchmark(long id, Long offer, Figure figure, BenchmarkView.Value... values) {
        return new BenchmarkView(id, offer, figure, figure.danish(), "Benchmark " + id, null, null, List.of(values), 0,
                false);
    }

    private static BenchmarkView.Value value(String period, double v) {
        return new BenchmarkView.Value(1, period, v, 0, false);
    }

    private static TargetView target(long id, long offer, Long department, Figure figure, Double value, Long benchmark,
            boolean rollingYear) {
        return new TargetView(id, offer, department, figure, figure.danish(), rollingYear, value, benchmark, null, null,
                null, "mål", 0, false);
    }

    private static Quarter q(String text) {
        return Quarter.parse(text, "quarter");
    }

    @Test
    void theQuartersOwnValueComesFirstThenItsYearThenTheLatestEarlierNeverALaterOne() {
        BenchmarkView b = benchmark(1, null, Figure.TURNOVER, value("2023", 18), value("2024", 16), value("2024-Q3", 15.5),
                value("2025-Q2", 14));
        assertEquals(15.5, References.valueAt(b, q("2024-Q3")).orElseThrow().value(), "the quarter itself");
        assertEquals(16, References.valueAt(b, q("2024-Q2")).orElseThrow().value(), "its year");
        assertEquals("2024", References.valueAt(b, q("2025-Q1")).orElseThrow().period(),
                "the latest earlier (2024 ends after 2024-Q3)");
        assertEquals("2025-Q2", References.valueAt(b, q("2025-Q4")).orElseThrow().period());
        assertTrue(References.valueAt(b, q("2022-Q4")).isEmpty(), "never a later value");
        BenchmarkView archived = benchmark(2, null, Figure.TURNOVER, new BenchmarkView.Value(9, "2024", 10, 1, true));
        assertTrue(References.valueAt(archived, q("2024-Q4")).isEmpty(), "an archived value does not count");
    }

    @Test
    void aDepartmentWithoutATargetOfItsOwnHasTheOffers() {
        References refs = new References(List.of(target(1, 7, null, Figure.TURNOVER, 15.0, null, true),
                target(2, 7, 70L, Figure.TURNOVER, 12.0, null, true),
                target(3, 8, null, Figure.TURNOVER, 99.0, null, true)), List.of());
        assertEquals(2, refs.target(7, 70L, Figure.TURNOVER).orElseThrow().id());
        assertEquals(1, refs.target(7, 71L, Figure.TURNOVER).orElseThrow().id());
        assertEquals(1, refs.target(7, null, Figure.TURNOVER).orElseThrow().id());
        assertTrue(refs.target(7, 70L, Figure.TEMP_SHARE).isEmpty());
    }

    @Test
    void aStatusIsOnlyGivenOnThePeriodTheTargetIsMeasuredOn() {
        References refs = new References(List.of(target(1, 7, null, Figure.TURNOVER, 15.0, null, true)), List.of());
        assertEquals(Status.WORSE, refs.status(7, 70L, Figure.TURNOVER, q("2024-Q4"), true, 20.0));
        assertEquals(Status.WITHIN_10_PERCENT, refs.status(7, 70L, Figure.TURNOVER, q("2024-Q4"), true, 16.5));
        assertEquals(Status.BETTER, refs.status(7, 70L, Figure.TURNOVER, q("2024-Q4"), true, 15.0));
        assertNull(refs.status(7, 70L, Figure.TURNOVER, q("2024-Q4"), false, 3.0), "the quarter's own figure");
        assertNull(refs.status(7, 70L, Figure.TURNOVER, q("2024-Q4"), true, null));
    }

    @Test
    void aTargetOnABenchmarkFollowsTheBenchmarksValue() {
        BenchmarkView own = benchmark(5, 7L, Figure.TURNOVER, value("2023", 20), value("2024", 17));
        BenchmarkView all = benchmark(6, null, Figure.TURNOVER, value("2024", 21));
        BenchmarkView otherOffer = benchmark(9, 8L, Figure.TURNOVER, value("2024", 1));
        References refs = new References(List.of(target(1, 7, null, Figure.TURNOVER, null, 5L, true)),
                List.of(own, all, otherOffer));
        assertEquals(Status.BETTER, refs.status(7, null, Figure.TURNOVER, q("2023-Q4"), true, 19.0));
        assertEquals(Status.WORSE, refs.status(7, null, Figure.TURNOVER, q("2024-Q4"), true, 19.0));
        assertEquals(List.of(6L, 5L), refs.benchmarks(7, Figure.TURNOVER).stream().map(BenchmarkView::id).toList(),
                "those for all offers first, then the offer's own; never another offer's");
    }

    @Test
    void aSeriesGivesTheLatestStatusesAndTheTrend() {
        BenchmarkView all = benchmark(6, null, Figure.TURNOVER, value("2024", 18));
        References refs = new References(List.of(target(1, 7, null, Figure.TURNOVER, 15.0, null, true)), List.of(all));
        List<KeyFiguresView> trend = List.of(keyFigures("2024-Q3", 22.0), keyFigures("2024-Q4", 16.0));
        FigureSeries s = FigureSeriesService.series(7, null, Figure.TURNOVER, trend, refs);
        assertEquals(Status.WITHIN_10_PERCENT, s.target().status(), "16 against at most 15");
        assertEquals("Højst 10 % dårligere end målet", s.target().statusText());
        assertEquals(Status.BETTER, s.benchmarks().get(0).status(), "16 against 18");
        assertEquals("DOWN", s.trend().direction());
        assertEquals(Boolean.TRUE, s.trend().improving(), "falling turnover is better");
        assertEquals(4, s.points().get(1).yearQuarters());
    }

    private static KeyFiguresView keyFigures(String quarter, double yearTurnover) {
        KeyFiguresView.Period none = new KeyFiguresView.Period(List.of(quarter), 10.0, 2.0, null, null, null, null);
        KeyFiguresView.Period year = new KeyFiguresView.Period(List.of("a", "b", "c", quarter), 10.0, yearTurnover,
                null, null, null, null);
        return new KeyFiguresView("Hus", quarter, none, year, false);
    }

    @Test
    void aBenchmarkPeriodIsAYearOrAQuarter() {
        assertEquals("2024", BenchmarkPeriod.parse("2024", "period").toString());
        assertEquals("2024-Q3", BenchmarkPeriod.parse("2024-q3", "period").toString());
        for (String bad : new String[] {"24", "2024-Q5", "1999", "2024-3", ""}) {
            try {
                BenchmarkPeriod.parse(bad, "period");
                throw new AssertionError("accepted " + bad);
            } catch (dk.handleplan.kernel.ValidationException expected) {
                assertEquals("period", expected.errors().get(0).field());
            }
        }
    }
}
