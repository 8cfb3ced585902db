/**
 * Goals: the concrete goals (mål) of a plan's theme sections and the effect each is expected to
 * have (forventede effekt). API: {@link dk.handleplan.goals.GoalService} and its records. Depends on
 * themes (sections). Tables: {@code gol_*}.
 */
package dk.handleplan.goals;
