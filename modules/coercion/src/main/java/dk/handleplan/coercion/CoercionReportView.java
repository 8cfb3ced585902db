package dk.handleplan.coercion;

import java.util.List;

/**
 * Counts only, no details: the cases of an offer or department in a quarter (archived cases not
 * counted). {@code reportedOnTimePercent} = on time ÷ (on time + late), pending cases left out;
 * {@code fullyFollowedUpPercent} = cases with every required step ÷ cases; both null without cases.
 * {@code trend}: the eight quarters ending with this one, oldest first.
 */
public record CoercionReportView(long offerId, Long departmentId, String scope, String quarter, int cases,
        List<KindCount> byKind, int adult, int child, int acute, int preAuthorised, int lateRegistrations,
        int reportedOnTime, int reportedLate, int reportPending, Double reportedOnTimePercent, int fullyFollowedUp,
        Double fullyFollowedUpPercent, int openFollowUps, List<QuarterCount> trend) {

    /** Cases of one kind of measure. */
    public record KindCount(String code, String name, int cases) {
    }

    /** Cases of one quarter, all and by rule set. */
    public record QuarterCount(String quarter, int cases, int adult, int child) {
    }
}
