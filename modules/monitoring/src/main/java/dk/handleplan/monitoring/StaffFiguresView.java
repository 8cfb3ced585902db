package dk.handleplan.monitoring;

/** A department's stored staff figures for one quarter. */
public record StaffFiguresView(long id, long departmentId, long offerId, String quarter, Integer headcountStart,
        Integer headcountEnd, Double employmentDays, int resigned, int dismissed, int retired, int fixedTermEnded,
        int internalMoves, int hires, int sickDays, int parentalLeaveDays, double plannedHours,
        double internalTempHours, double externalTempHours, boolean archived, long version) {
}
