package dk.handleplan.deadlines;

import dk.handleplan.activities.ActivityStatus;
import java.time.LocalDate;

/**
 * When something is overdue or upcoming. An activity is overdue when the last day of its end has
 * passed and it is neither completed nor cancelled; it is upcoming when that day falls within the
 * next {@code days} days (today included). Ongoing activities and those without an end have no
 * deadline. Milestones of open activities are upcoming in the same window.
 */
public final class DeadlineRules {

    /** The widest look-ahead accepted: a year and a day. */
    public static final int MAX_DAYS = 366;

    private DeadlineRules() {
    }

    public static boolean isOverdue(ActivityStatus status, LocalDate deadline, LocalDate today) {
        return deadline != null && !status.isClosed() && deadline.isBefore(today);
    }

    public static boolean isUpcoming(ActivityStatus status, LocalDate date, LocalDate today, int days) {
        return date != null && !status.isClosed() && !date.isBefore(today) && !date.isAfter(today.plusDays(days));
    }
}
