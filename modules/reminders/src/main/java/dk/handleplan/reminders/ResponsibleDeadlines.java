package dk.handleplan.reminders;

import dk.handleplan.activities.ActivityService;
import dk.handleplan.activities.ActivityView;
import dk.handleplan.coercion.CoercionService;
import dk.handleplan.coercion.CoercionTaskView;
import dk.handleplan.deadlines.MilestoneService;
import dk.handleplan.deadlines.MilestoneView;
import dk.handleplan.goals.GoalService;
import dk.handleplan.goals.GoalView;
import dk.handleplan.people.OfferService;
import dk.handleplan.people.OfferView;
import dk.handleplan.people.PersonService;
import dk.handleplan.people.PersonView;
import dk.handleplan.people.RoleView;
import dk.handleplan.themes.PlanService;
import dk.handleplan.themes.PlanStatus;
import dk.handleplan.themes.PlanView;
import dk.handleplan.themes.SectionService;
import dk.handleplan.themes.SectionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The open deadlines each person is responsible for, across the plans of every offer they hold a role
 * in (see {@link DeadlineCollector} for the rule). Plans count while they are drafts or active, and
 * their offer is not archived; closed and archived plans have no deadlines.
 */
@ApplicationScoped
@Transactional
public class ResponsibleDeadlines {

    @Inject
    OfferService offers;
    @Inject
    PersonService persons;
    @Inject
    PlanService plans;
    @Inject
    SectionService sections;
    @Inject
    GoalService goals;
    @Inject
    ActivityService activities;
    @Inject
    MilestoneService milestones;
    @Inject
    CoercionService coercion;

    /** The person's deadlines; none when the person is archived. */
    public PersonDeadlines ofPerson(long personId) {
        PersonView person = persons.get(personId);
        if (person.archived()) {
            return new PersonDeadlines(person.id(), person.name(), person.email(), List.of());
        }
        Set<Long> offerIds = person.roles().stream().map(RoleView::offerId).collect(Collectors.toSet());
        return withCoercion(DeadlineCollector.collect(content(p -> offerIds.contains(p.offerId())), List.of(person)),
                List.of(person)).get(0);
    }

    /** Every active person's deadlines, by name. */
    public List<PersonDeadlines> ofEveryone() {
        List<PersonView> people = persons.list(false, null);
        return withCoercion(DeadlineCollector.collect(content(p -> true), people), people);
    }

    /** Adds the coercion tasks of the people who lead a department (or an offer). */
    private List<PersonDeadlines> withCoercion(List<PersonDeadlines> deadlines, List<PersonView> people) {
        Map<Long, List<CoercionTaskView>> tasks = coercion.tasksOfEach(people.stream()
                .collect(Collectors.toMap(PersonView::id, PersonView::roles)));
        return deadlines.stream().map(d -> tasks.containsKey(d.personId()) ? d.withCoercion(tasks.get(d.personId())) : d)
                .toList();
    }

    /** The live content of the wanted plans: one query per kind for all of them, not one per plan. */
    private List<DeadlineCollector.PlanContent> content(Predicate<PlanView> wanted) {
        Map<Long, String> liveOffers = offers.list(false).stream()
                .collect(Collectors.toMap(OfferView::id, OfferView::name));
        List<PlanView> shown = plans.list(null, false).stream()
                .filter(p -> p.status() != PlanStatus.CLOSED && liveOffers.containsKey(p.offerId()))
                .filter(wanted)
                .toList();
        List<Long> ids = shown.stream().map(PlanView::id).toList();
        List<SectionView> liveSections = sections.allOfPlans(ids).stream().filter(s -> !s.archived()).toList();
        Set<Long> liveSectionIds = liveSections.stream().map(SectionView::id).collect(Collectors.toSet());
        List<GoalView> allGoals = goals.allOfPlans(ids);
        Set<Long> liveGoalIds = allGoals.stream().filter(g -> !g.archived() && liveSectionIds.contains(g.sectionId()))
                .map(GoalView::id).collect(Collectors.toSet());
        Map<Long, List<SectionView>> sectionsByPlan = liveSections.stream()
                .collect(Collectors.groupingBy(SectionView::planId));
        Map<Long, List<GoalView>> goalsByPlan = allGoals.stream().collect(Collectors.groupingBy(GoalView::planId));
        Map<Long, List<ActivityView>> liveActivitiesByPlan = activities.allOfPlans(ids).stream()
                .filter(a -> !a.archived() && liveGoalIds.contains(a.goalId()))
                .collect(Collectors.groupingBy(ActivityView::planId));
        Map<Long, List<MilestoneView>> milestonesByPlan = milestones.allOfPlans(ids).stream()
                .collect(Collectors.groupingBy(MilestoneView::planId));
        return shown.stream()
                .map(p -> new DeadlineCollector.PlanContent(p, liveOffers.get(p.offerId()),
                        sectionsByPlan.getOrDefault(p.id(), List.of()), goalsByPlan.getOrDefault(p.id(), List.of()),
                        liveActivitiesByPlan.getOrDefault(p.id(), List.of()),
                        milestonesByPlan.getOrDefault(p.id(), List.of())))
                .toList();
    }
}
