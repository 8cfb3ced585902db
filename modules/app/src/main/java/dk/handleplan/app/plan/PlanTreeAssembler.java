package dk.handleplan.app.plan;

import dk.handleplan.activities.ActivityService;
import dk.handleplan.activities.ActivityStatus;
import dk.handleplan.activities.ActivityView;
import dk.handleplan.activities.NoteView;
import dk.handleplan.deadlines.DeadlineFilter;
import dk.handleplan.deadlines.DeadlineRules;
import dk.handleplan.deadlines.DeadlineService;
import dk.handleplan.deadlines.DeadlineView;
import dk.handleplan.deadlines.MilestoneService;
import dk.handleplan.deadlines.MilestoneView;
import dk.handleplan.goals.GoalService;
import dk.handleplan.goals.GoalView;
import dk.handleplan.people.OfferService;
import dk.handleplan.themes.PlanView;
import dk.handleplan.themes.PlanService;
import dk.handleplan.themes.SectionService;
import dk.handleplan.themes.SectionView;
import jakarta.enterprise.context.ApplicationScoped;
import dk.handleplan.app.persistence.GenerationCache;
import dk.handleplan.app.rest.MonitoringSettings;
import dk.handleplan.monitoring.FigureSeriesService;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the {@link PlanTree} from each module's "all of plan" query: a fixed number of queries
 * whatever the size of the plan (no query per section, goal or activity); and the outlines of many
 * plans from the "all of these plans" queries, a fixed number whatever the number of plans.
 */
@ApplicationScoped
@Transactional
public class PlanTreeAssembler {

    @Inject
    PlanService plans;
    @Inject
    OfferService offers;
    @Inject
    SectionService sections;
    @Inject
    GoalService goals;
    @Inject
    ActivityService activities;
    @Inject
    MilestoneService milestones;
    @Inject
    DeadlineService deadlines;
    @Inject
    FigureSeriesService figures;
    @Inject
    MonitoringSettings monitoring;

    /** Plan trees as last built, until something is written or the day changes. */
    private final GenerationCache<TreeKey, PlanTree> cache = new GenerationCache<>(256);

    private record TreeKey(long planId, boolean includeArchived) {
    }

    /** The plan tree with a plan's own outline and deadlines, as the overview shows each plan. */
    public record Outline(PlanTree tree, List<DeadlineView> deadlines) {
    }

    /**
     * @param includeArchived also archived elements (flagged); otherwise archived elements and
     *                        everything under them are left out
     */
    public PlanTree tree(long planId, boolean includeArchived) {
        return cache.get(new TreeKey(planId, includeArchived), deadlines.today(), () -> build(planId, includeArchived));
    }

    private PlanTree build(long planId, boolean includeArchived) {
        PlanView plan = plans.get(planId);
        String offerName = offers.get(plan.offerId()).name();
        List<GoalView> planGoals = goals.allOfPlan(planId);
        Map<Long, List<FigureSeriesService.GoalFigure>> figuresByGoal = figures.ofGoals(
                planGoals.stream().filter(g -> includeArchived || !g.archived()).map(GoalView::id).toList(),
                monitoring.quarterOrLast(null), monitoring.countInternalMoves()).stream()
                .collect(Collectors.groupingBy(FigureSeriesService.GoalFigure::goalId));
        return assemble(plan, offerName, includeArchived, sections.all(planId), planGoals, activities.allOfPlan(planId),
                milestones.allOfPlan(planId), activities.notesOfPlan(planId), figuresByGoal);
    }

    /**
     * The live outline of each of these plans (no notes, no figures) with its deadlines within
     * {@code days}, by plan id: one query per kind of element whatever the number of plans, for the
     * aftaleholder's overview across many offers.
     */
    public Map<Long, Outline> outlines(List<PlanView> planList, Map<Long, String> offerNames, int days) {
        List<Long> ids = planList.stream().map(PlanView::id).toList();
        Map<Long, List<SectionView>> sectionsByPlan = byPlan(sections.allOfPlans(ids), SectionView::planId);
        Map<Long, List<GoalView>> goalsByPlan = byPlan(goals.allOfPlans(ids), GoalView::planId);
        Map<Long, List<ActivityView>> activitiesByPlan = byPlan(activities.allOfPlans(ids), ActivityView::planId);
        Map<Long, List<MilestoneView>> milestonesByPlan = byPlan(milestones.allOfPlans(ids), MilestoneView::planId);
        Map<Long, Outline> result = new LinkedHashMap<>();
        for (PlanView plan : planList) {
            List<ActivityView> planActivities = activitiesByPlan.getOrDefault(plan.id(), List.of());
            List<MilestoneView> planMilestones = milestonesByPlan.getOrDefault(plan.id(), List.of());
            PlanTree tree = assemble(plan, offerNames.get(plan.offerId()), false,
                    sectionsByPlan.getOrDefault(plan.id(), List.of()), goalsByPlan.getOrDefault(plan.id(), List.of()),
                    planActivities, planMilestones, List.of(), Map.of());
            Set<Long> live = tree.sections().stream().flatMap(section -> section.goals().stream())
                    .flatMap(goal -> goal.activities().stream()).map(PlanTree.Activity::id).collect(Collectors.toSet());
            List<ActivityView> liveActivities = planActivities.stream().filter(a -> live.contains(a.id())).toList();
            result.put(plan.id(), new Outline(tree,
                    deadlines.deadlinesOf(liveActivities, planMilestones, DeadlineFilter.ALL, days)));
        }
        return result;
    }

    private static <T> Map<Long, List<T>> byPlan(List<T> elements, Function<T, Long> planId) {
        return elements.stream().collect(Collectors.groupingBy(planId));
    }

    private PlanTree assemble(PlanView plan, String offerName, boolean includeArchived, List<SectionView> planSections,
            List<GoalView> planGoals, List<ActivityView> planActivities, List<MilestoneView> planMilestones,
            List<NoteView> planNotes, Map<Long, List<FigureSeriesService.GoalFigure>> figuresByGoal) {
        LocalDate today = deadlines.today();
        Map<Long, List<GoalView>> goalsBySection = planGoals.stream()
                .filter(g -> includeArchived || !g.archived())
                .collect(Collectors.groupingBy(GoalView::sectionId));
        Map<Long, List<ActivityView>> activitiesByGoal = planActivities.stream()
                .filter(a -> includeArchived || !a.archived())
                .collect(Collectors.groupingBy(ActivityView::goalId));
        Map<Long, List<MilestoneView>> milestonesByActivity = planMilestones.stream()
                .filter(m -> includeArchived || !m.archived())
                .collect(Collectors.groupingBy(MilestoneView::activityId));
        Map<Long, List<NoteView>> notesByActivity = planNotes.stream()
                .filter(n -> includeArchived || !n.archived())
                .collect(Collectors.groupingBy(NoteView::activityId));
        int[] counts = new int[4];
        List<PlanTree.Section> sectionNodes = planSections.stream()
                .filter(s -> includeArchived || !s.archived())
                .map(s -> section(s, goalsBySection, activitiesByGoal, milestonesByActivity, notesByActivity,
                        figuresByGoal, today, counts))
                .toList();
        return new PlanTree(plan, offerName, today, new PlanTree.Summary(counts[0], counts[1], counts[2], counts[3]),
                sectionNodes);
    }

    private static PlanTree.Section section(SectionView s, Map<Long, List<GoalView>> goalsBySection,
            Map<Long, List<ActivityView>> activitiesByGoal, Map<Long, List<MilestoneView>> milestonesByActivity,
            Map<Long, List<NoteView>> notesByActivity, Map<Long, List<FigureSeriesService.GoalFigure>> figuresByGoal,
            LocalDate today, int[] counts) {
        List<PlanTree.Goal> goalNodes = goalsBySection.getOrDefault(s.id(), List.of()).stream().map(g -> {
            boolean liveGoal = !s.archived() && !g.archived();
            List<PlanTree.Activity> activityNodes = activitiesByGoal.getOrDefault(g.id(), List.of()).stream()
                    .map(a -> {
                        boolean overdue = DeadlineRules.isOverdue(a.status(), a.timeFrame().endDate(), today);
                        if (liveGoal && !a.archived()) {
                            counts[0]++;
                            counts[1] += a.status() == ActivityStatus.COMPLETED ? 1 : 0;
                            counts[2] += a.status() == ActivityStatus.CANCELLED ? 1 : 0;
                            counts[3] += overdue ? 1 : 0;
                        }
                        return new PlanTree.Activity(a.id(), a.description(), a.documentation(), a.timeFrame(),
                                a.responsible(), a.responsibleText(), a.status(), a.statusLabel(), a.completedOn(),
                                a.cancelReason(), overdue, a.position(), a.archived(), a.version(),
                                milestonesByActivity.getOrDefault(a.id(), List.of()),
                                notesByActivity.getOrDefault(a.id(), List.of()));
                    }).toList();
            return new PlanTree.Goal(g.id(), g.text(), g.expectedEffect(), g.position(), g.archived(), g.version(),
                    activityNodes, figuresByGoal.getOrDefault(g.id(), List.of()));
        }).toList();
        return new PlanTree.Section(s.id(), s.theme(), s.subject(), s.indicatorRef(), s.departmentId(),
                s.departmentName(), s.position(), s.archived(), s.version(), goalNodes);
    }
}
