package dk.handleplan.monitoring;

import java.util.List;

/**
 * The key figures of a period of one or more quarters (docs/monitoring.md has each formula with a
 * worked example). A period's figure is computed from its own totals, never by adding up the
 * quarters' figures: quarterly turnover rates added up overstate the annual rate. A figure that
 * cannot be computed (no staff in the period) is null, not zero.
 */
public final class KeyFigures {

    /** Tilbudsportalen divides days employed by 365 to get the combined employment ratio. */
    public static final double DAYS_PER_YEAR = 365;
    /** Working days in a municipal year, the benchmark method's base. */
    public static final double WORKING_DAYS_PER_YEAR = 227;
    /** Calendar sick days become working days at five in seven (the figures are entered as calendar days). */
    public static final double WORKING_DAYS_PER_CALENDAR_DAY = 5.0 / 7.0;

    /** The municipal benchmark method's two forms. */
    public record MunicipalSickLeave(double workingDaysPerFte, double percent) {
    }

    private KeyFigures() {
    }

    /** Calendar days covered by the period. */
    public static int days(List<StaffFigures> period) {
        return period.stream().mapToInt(f -> f.quarter().days()).sum();
    }

    /** Days employed in the period, summed over its quarters (estimated from headcounts where not given). */
    public static double employmentDays(List<StaffFigures> period) {
        return period.stream().mapToDouble(StaffFigures::employmentDaysOrEstimate).sum();
    }

    /** Average staff in the period: days employed per calendar day. */
    public static double averageStaff(List<StaffFigures> period) {
        int days = days(period);
        return days == 0 ? 0 : employmentDays(period) / days;
    }

    /** Combined employment ratio (ansættelsesgrad) as Tilbudsportalen counts it: days employed / 365. */
    public static double combinedEmploymentRatio(List<StaffFigures> period) {
        return employmentDays(period) / DAYS_PER_YEAR;
    }

    /**
     * Staff turnover in per cent of the period: leavers / average staff x 100. For four quarters it is
     * the annual (rolling 12-month) rate.
     */
    public static Double turnoverPercent(List<StaffFigures> period, boolean countInternalMoves) {
        double average = averageStaff(period);
        if (average <= 0) {
            return null;
        }
        int leavers = period.stream().mapToInt(f -> f.leavers(countInternalMoves)).sum();
        return leavers / average * 100;
    }

    /**
     * Sick leave by the Tilbudsportalen method: absence calendar days (own sickness and parental
     * leave) per combined employment ratio. The result is days per full year of employment, whatever
     * the period's length; Tilbudsportalen reports it as a whole number.
     */
    public static Double sickLeaveTilbudsportalen(List<StaffFigures> period) {
        double ratio = combinedEmploymentRatio(period);
        if (ratio <= 0) {
            return null;
        }
        int absence = period.stream().mapToInt(f -> f.sickDays() + f.parentalLeaveDays()).sum();
        return absence / ratio;
    }

    /**
     * Sick leave by the municipal benchmark method: own sickness only (no parental leave), in working
     * days, per full-time equivalent per year, and as a share of the working days.
     */
    public static MunicipalSickLeave sickLeaveMunicipal(List<StaffFigures> period) {
        double average = averageStaff(period);
        if (average <= 0) {
            return null;
        }
        double workingSickDays = period.stream().mapToInt(StaffFigures::sickDays).sum() * WORKING_DAYS_PER_CALENDAR_DAY;
        double yearShare = days(period) / DAYS_PER_YEAR;
        double perFte = workingSickDays / average / yearShare;
        return new MunicipalSickLeave(perFte, perFte / WORKING_DAYS_PER_YEAR * 100);
    }

    /** Temp hours (internal and external) as a share of all hours worked (planned plus temp), in per cent. */
    public static Double tempSharePercent(List<StaffFigures> period) {
        double temp = period.stream().mapToDouble(StaffFigures::tempHours).sum();
        double all = period.stream().mapToDouble(StaffFigures::plannedHours).sum() + temp;
        return all <= 0 ? null : temp / all * 100;
    }
}
