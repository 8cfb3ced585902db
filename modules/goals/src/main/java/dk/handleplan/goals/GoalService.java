package dk.handleplan.goals;

import dk.handleplan.goals.internal.Goal;
import dk.handleplan.kernel.Lookup;
import dk.handleplan.kernel.Ordered;
import dk.handleplan.themes.SectionRef;
import dk.handleplan.themes.SectionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;

/** The goals of theme sections. */
@ApplicationScoped
@Transactional
public class GoalService {

    @PersistenceContext(unitName = "handleplan")
    EntityManager em;

    @Inject
    SectionService sections;

    /** The section's goals in order: the active ones, or (archived = true) the archived ones. */
    public List<GoalView> list(long sectionId, boolean archived) {
        sections.ref(sectionId);
        return em.createQuery("select g from Goal g where g.sectionId = :section and g.archived = :archived"
                + " order by g.position, g.id", Goal.class)
                .setParameter("section", sectionId).setParameter("archived", archived)
                .getResultList().stream().map(GoalService::view).toList();
    }

    /** Every goal of the plan, archived ones included, in order: one query, for the plan tree. */
    public List<GoalView> allOfPlan(long planId) {
        return allOfPlans(List.of(planId));
    }

    /** Every goal of these plans, archived ones included, in order: one query, for the overview. */
    public List<GoalView> allOfPlans(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select g from Goal g where g.planId in :plans order by g.position, g.id", Goal.class)
                .setParameter("plans", planIds).getResultList().stream().map(GoalService::view).toList();
    }

    public GoalView get(long id) {
        return view(goal(id));
    }

    public GoalView add(long sectionId, @NotNull @Valid GoalInput input) {
        SectionRef section = sections.requireEditable(sectionId);
        Goal goal = new Goal(sectionId, section.planId(), Ordered.nextPosition(siblings(sectionId)));
        goal.describe(input.text(), input.expectedEffect());
        em.persist(goal);
        em.flush();
        return view(goal);
    }

    public GoalView update(long id, @NotNull @Valid GoalInput input) {
        Goal goal = goal(id);
        goal.checkVersion(input.version());
        goal.checkActive();
        sections.requireEditable(goal.getSectionId());
        goal.describe(input.text(), input.expectedEffect());
        em.flush();
        return view(goal);
    }

    public GoalView archive(long id) {
        Goal goal = goal(id);
        sections.requireEditable(goal.getSectionId());
        goal.archive();
        em.flush();
        return view(goal);
    }

    public GoalView restore(long id) {
        Goal goal = goal(id);
        sections.requireEditable(goal.getSectionId());
        int position = Ordered.nextPosition(siblings(goal.getSectionId())); // before restoring: one update
        goal.restore();
        goal.setPosition(position);
        em.flush();
        return view(goal);
    }

    public GoalView move(long id, Ordered.Direction direction) {
        Goal goal = goal(id);
        goal.checkActive();
        sections.requireEditable(goal.getSectionId());
        Ordered.move(siblings(goal.getSectionId()), goal, direction);
        em.flush();
        return view(goal);
    }

    /** For lower modules: the goal, its section, plan and offer, when content may be added to it or changed. */
    public GoalRef requireEditable(long goalId) {
        Goal goal = goal(goalId);
        goal.checkActive();
        SectionRef section = sections.requireEditable(goal.getSectionId());
        return new GoalRef(goalId, section.id(), section.planId(), section.offerId());
    }

    /** For lower modules: where a goal belongs, archived or not. */
    public GoalRef ref(long goalId) {
        Goal goal = goal(goalId);
        SectionRef section = sections.ref(goal.getSectionId());
        return new GoalRef(goalId, section.id(), section.planId(), section.offerId());
    }

    /** Ids of the plan's live goals: not archived, and in a section that is not archived. */
    public List<Long> activeGoalIds(long planId) {
        List<Long> liveSections = sections.activeSectionIds(planId);
        if (liveSections.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select g.id from Goal g where g.planId = :plan and g.archived = false"
                + " and g.sectionId in :sections", Long.class)
                .setParameter("plan", planId).setParameter("sections", liveSections).getResultList();
    }

    private Goal goal(long id) {
        return Lookup.require(em, Goal.class, id, "Goal");
    }

    private List<Goal> siblings(long sectionId) {
        return em.createQuery("select g from Goal g where g.sectionId = :section and g.archived = false"
                + " order by g.position, g.id", Goal.class).setParameter("section", sectionId).getResultList();
    }

    private static GoalView view(Goal g) {
        return new GoalView(g.getId(), g.getSectionId(), g.getPlanId(), g.getText(), g.getExpectedEffect(),
                g.getPosition(), g.isArchived(), g.getVersion());
    }
}
