package dk.handleplan.activities;

/**
 * The non-archived activities of one goal counted by where they stand: all of them, the completed,
 * the cancelled and the overdue ones.
 */
public record GoalProgress(long goalId, long planId, int activities, int completed, int cancelled, int overdue) {
}
