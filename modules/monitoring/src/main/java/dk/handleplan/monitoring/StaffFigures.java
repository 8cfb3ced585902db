package dk.handleplan.monitoring;

import java.util.EnumMap;
import java.util.Map;

/**
 * One department's staff figures for one quarter, as the afdelingsleder enters them (monthly-paid
 * staff). Either the headcounts at the start and end of the quarter or the days employed (the sum
 * over employees of their days employed in the quarter, which also covers part-time starts and ends)
 * must be given; days employed win when both are.
 *
 * @param employmentDays days employed, summed over employees (someone employed all of a 90-day quarter
 *        counts 90, someone who started on 1 March counts 31)
 * @param sickDays calendar days of the employees' own sickness (Sundays and holidays included)
 * @param parentalLeaveDays calendar days of parental leave (barsel)
 * @param plannedHours the permanent staff's planned working hours
 */
public record StaffFigures(Quarter quarter, Integer headcountStart, Integer headcountEnd, Double employmentDays,
        Map<LeaveReason, Integer> leavers, int hires, int sickDays, int parentalLeaveDays, double plannedHours,
        double internalTempHours, double externalTempHours) {

    public StaffFigures {
        leavers = leavers == null ? Map.of() : Map.copyOf(leavers);
        if (employmentDays == null && (headcountStart == null || headcountEnd == null)) {
            throw new IllegalArgumentException("give days employed, or the headcount at the start and the end");
        }
    }

    /** Leavers in the quarter; internal moves only when {@code countInternalMoves}. */
    public int leavers(boolean countInternalMoves) {
        Map<LeaveReason, Integer> counted = new EnumMap<>(LeaveReason.class);
        counted.putAll(leavers);
        if (!countInternalMoves) {
            counted.remove(LeaveReason.INTERNAL_MOVE);
        }
        return counted.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Days employed in the quarter: as given, or estimated from the headcounts as their average times
     * the quarter's days.
     */
    public double employmentDaysOrEstimate() {
        return employmentDays != null ? employmentDays
                : (headcountStart + headcountEnd) / 2.0 * quarter.days();
    }

    /** Several departments' figures for the same quarter as one (an offer's figures). */
    public static StaffFigures combine(Quarter quarter, java.util.List<StaffFigures> departments) {
        Map<LeaveReason, Integer> leavers = new EnumMap<>(LeaveReason.class);
        double days = 0;
        int hires = 0;
        int sick = 0;
        int parental = 0;
        double planned = 0;
        double internal = 0;
        double external = 0;
        for (StaffFigures f : departments) {
            f.leavers().forEach((reason, n) -> leavers.merge(reason, n, Integer::sum));
            days += f.employmentDaysOrEstimate();
            hires += f.hires();
            sick += f.sickDays();
            parental += f.parentalLeaveDays();
            planned += f.plannedHours();
            internal += f.internalTempHours();
            external += f.externalTempHours();
        }
        return new StaffFigures(quarter, null, null, days, leavers, hires, sick, parental, planned, internal, external);
    }

    public double tempHours() {
        return internalTempHours + externalTempHours;
    }
}
