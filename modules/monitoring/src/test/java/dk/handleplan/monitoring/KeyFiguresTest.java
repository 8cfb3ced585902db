package dk.handleplan.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The worked examples of docs/monitoring.md, reproduced. */
class KeyFiguresTest {

    private static final double CENT = 0.005;

    // Hus Ahorn in 2025 (the example in docs/monitoring.md).
    static final StaffFigures Q1 = new StaffFigures(Quarter.parse("2025-Q1", "q"), 20, 22, 1862.0,
            Map.of(LeaveReason.RESIGNED, 1), 3, 38, 45, 7400, 300, 250);
    static final StaffFigures Q2 = new StaffFigures(Quarter.parse("2025-Q2", "q"), 22, 21, 1957.0,
            Map.of(LeaveReason.RESIGNED, 1, LeaveReason.INTERNAL_MOVE, 1), 1, 30, 20, 7600, 200, 100);
    static final StaffFigures Q3 = new StaffFigures(Quarter.parse("2025-Q3", "q"), 21, 23, 2024.0,
            Map.of(), 2, 25, 0, 7700, 400, 300);
    static final StaffFigures Q4 = new StaffFigures(Quarter.parse("2025-Q4", "q"), 23, 20, 1932.0,
            Map.of(LeaveReason.RESIGNED, 2, LeaveReason.RETIRED, 1), 0, 60, 10, 7300, 350, 200);
    static final List<StaffFigures> YEAR = List.of(Q1, Q2, Q3, Q4);

    @Test
    void aQuarter() {
        List<StaffFigures> q1 = List.of(Q1);
        assertEquals(90, KeyFigures.days(q1));
        assertEquals(20.69, KeyFigures.averageStaff(q1), CENT);
        assertEquals(4.83, KeyFigures.turnoverPercent(q1, false), CENT);
        assertEquals(5.10, KeyFigures.combinedEmploymentRatio(q1), CENT);
        assertEquals(16.27, KeyFigures.sickLeaveTilbudsportalen(q1), CENT);
        assertEquals(16, Math.round(KeyFigures.sickLeaveTilbudsportalen(q1)));
        assertEquals(5.32, KeyFigures.sickLeaveMunicipal(q1).workingDaysPerFte(), CENT);
        assertEquals(2.34, KeyFigures.sickLeaveMunicipal(q1).percent(), CENT);
        assertEquals(6.92, KeyFigures.tempSharePercent(q1), CENT);
    }

    @Test
    void aRollingYearFromItsOwnTotals() {
        assertEquals(365, KeyFigures.days(YEAR));
        assertEquals(21.30, KeyFigures.averageStaff(YEAR), CENT);
        assertEquals(23.47, KeyFigures.turnoverPercent(YEAR, false), CENT);
        assertEquals(28.17, KeyFigures.turnoverPercent(YEAR, true), CENT, "internal moves counted");
        assertEquals(10.70, KeyFigures.sickLeaveTilbudsportalen(YEAR), CENT);
        assertEquals(11, Math.round(KeyFigures.sickLeaveTilbudsportalen(YEAR)));
        assertEquals(5.13, KeyFigures.sickLeaveMunicipal(YEAR).workingDaysPerFte(), CENT);
        assertEquals(2.26, KeyFigures.sickLeaveMunicipal(YEAR).percent(), CENT);
        assertEquals(6.54, KeyFigures.tempSharePercent(YEAR), CENT);
    }

    @Test
    void quarterlyRatesAddedUpOverstateTheAnnualRate() {
        double added = YEAR.stream().mapToDouble(q -> KeyFigures.turnoverPercent(List.of(q), true)).sum();
        assertEquals(28.42, added, CENT);
        assertTrue(added > KeyFigures.turnoverPercent(YEAR, true));
    }

    @Test
    void aPartYearEmployeeCountsTheirDaysOnly() {
        // Employed 1 August to 31 December: 61 days of Q3 and 92 of Q4, 153/365 of a year (domain.md).
        StaffFigures q3 = new StaffFigures(Quarter.parse("2025-Q3", "q"), null, null, 61.0, Map.of(), 1, 0, 0, 0, 0, 0);
        StaffFigures q4 = new StaffFigures(Quarter.parse("2025-Q4", "q"), null, null, 92.0, Map.of(), 0, 4, 0, 0, 0, 0);
        assertEquals(153 / 365.0, KeyFigures.combinedEmploymentRatio(List.of(q3, q4)), 1e-9);
        assertEquals(4 / (153 / 365.0), KeyFigures.sickLeaveTilbudsportalen(List.of(q3, q4)), 1e-9);
    }

    @Test
    void headcountsStandInForDaysEmployedWhenThoseAreNotGiven() {
        StaffFigures byHeadcount = new StaffFigures(Quarter.parse("2025-Q1", "q"), 20, 22, null,
                Map.of(LeaveReason.RESIGNED, 1), 3, 0, 0, 0, 0, 0);
        assertEquals(21 * 90, byHeadcount.employmentDaysOrEstimate(), 1e-9);
        assertEquals(100 / 21.0, KeyFigures.turnoverPercent(List.of(byHeadcount), false), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new StaffFigures(Quarter.parse("2025-Q1", "q"), 20, null,
                null, Map.of(), 0, 0, 0, 0, 0, 0));
    }

    @Test
    void aQuarterWithoutStaffHasNoFiguresRatherThanZeroOrAnError() {
        StaffFigures empty = new StaffFigures(Quarter.parse("2025-Q1", "q"), 0, 0, null, Map.of(), 0, 0, 0, 0, 0, 0);
        assertNull(KeyFigures.turnoverPercent(List.of(empty), true));
        assertNull(KeyFigures.sickLeaveTilbudsportalen(List.of(empty)));
        assertNull(KeyFigures.sickLeaveMunicipal(List.of(empty)));
        assertNull(KeyFigures.tempSharePercent(List.of(empty)));
    }

    @Test
    void statusAgainstATargetOrBenchmark() {
        assertEquals(Status.BETTER, Status.of(14.0, 15.0, true));
        assertEquals(Status.BETTER, Status.of(15.0, 15.0, true));
        assertEquals(Status.WITHIN_10_PERCENT, Status.of(16.5, 15.0, true));
        assertEquals(Status.WORSE, Status.of(16.6, 15.0, true));
        assertEquals(Status.WITHIN_10_PERCENT, Status.of(90.0, 100.0, false), "higher is better");
        assertEquals(Status.WORSE, Status.of(89.0, 100.0, false));
    }
}
