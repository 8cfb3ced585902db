package dk.handleplan.comments;

/** What a comment is about: the plan as a whole, or one of its elements. */
public enum CommentTarget {
    PLAN, SECTION, GOAL, ACTIVITY
}
