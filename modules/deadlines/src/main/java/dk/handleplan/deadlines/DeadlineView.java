package dk.handleplan.deadlines;

import dk.handleplan.activities.ActivityStatus;
import java.time.LocalDate;

/**
 * One deadline of a plan. {@code daysLeft} is negative when overdue. {@code milestoneId} and
 * {@code title} are set for milestones only.
 */
public record DeadlineView(DeadlineKind kind, LocalDate date, long daysLeft, boolean overdue, long activityId,
        String activity, long goalId, ActivityStatus status, String responsibleText, Long milestoneId,
        String title) {
}
