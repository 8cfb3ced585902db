package dk.handleplan.goals;

/** A goal of a theme section. */
public record GoalView(long id, long sectionId, long planId, String text, String expectedEffect, int position,
        boolean archived, long version) {
}
