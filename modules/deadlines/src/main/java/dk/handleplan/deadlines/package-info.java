/**
 * Deadlines: milestones of activities (dated events, optionally with times), and which activity
 * ends and milestones of a plan are overdue or upcoming as of the injected clock's today
 * ({@link dk.handleplan.deadlines.DeadlineRules}). API: {@link dk.handleplan.deadlines.MilestoneService},
 * {@link dk.handleplan.deadlines.DeadlineService}. Depends on activities. Tables: {@code ddl_*}.
 */
package dk.handleplan.deadlines;
