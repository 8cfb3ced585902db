package dk.handleplan.activities;

/** What lower modules need to know of an activity they attach to. */
public record ActivityRef(long id, long goalId, long planId, long offerId) {
}
