package dk.handleplan.app.figures;

import dk.handleplan.goals.GoalService;
import dk.handleplan.kernel.NotFoundException;
import dk.handleplan.monitoring.PlanGoals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Tells monitoring which offer a plan goal belongs to, so a target can be linked to it. */
@ApplicationScoped
public class PlanGoalsOfGoalsModule implements PlanGoals {

    @Inject
    GoalService goals;

    @Override
    public Optional<Long> offerOf(long goalId) {
        try {
            return Optional.of(goals.ref(goalId).offerId());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
