package dk.handleplan.monitoring;

import java.util.Optional;

/**
 * What monitoring needs to know of plan goals, which live in a module it does not depend on: the
 * application implements it. Lets a target be linked to the goal it measures.
 */
public interface PlanGoals {

    /** The offer of the goal's plan; empty when there is no such goal. */
    Optional<Long> offerOf(long goalId);
}
