package dk.handleplan.deadlines;

/** What falls due: the end of an activity's time frame, or a milestone. */
public enum DeadlineKind { ACTIVITY_END, MILESTONE }
