package dk.handleplan.goals;

/** What lower modules need to know of a goal they attach to. */
public record GoalRef(long id, long sectionId, long planId, long offerId) {
}
