package dk.handleplan.app.plan;

import dk.handleplan.activities.ActivityService;
import dk.handleplan.activities.ActivityStatus;
import dk.handleplan.activities.ActivityView;
import dk.handleplan.activities.NoteView;
import dk.handleplan.deadlines.DeadlineRules;
import dk.handleplan.deadlines.DeadlineService;
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
import dk.handleplan.app.rest.MonitoringSettings;
import dk.handleplan.monitoring.FigureSeriesService;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds the {@link PlanTree} from each module's "all of plan" query: a fixed number of queries
 * whatever the size of the plan (no query per section, goal or activity).
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

    /**
     * @param includeArchived also archived elements (flagged); otherwise archived elements and
     *                        everything under them are left out
     */
    public PlanTree tree(long planId, boolean includeArchived) {
        PlanView plan = plans.get(planId);
        String offerName = offers.get(plan.offerId()).name();
        LocalDate today = deadlines.today();
        Map<Long, List<GoalView>> goalsBySection = goals.allOfPlan(planId).stream()
                .filter(g -> includeArchived || !g.archived())
                .collect(Collectors.groupingBy(GoalView::sectionId));
        Map<Long, List<ActivityView>> activitiesByGoal = activities.allOfPlan(planId).stream()
                .filter(a -> includeArchived || !a.archived())
                .collect(Collectors.groupingBy(ActivityView::goalId));
        Map<Long, List<MilestoneView>> milestonesByActivity = milestones.allOfPlan(planId).stream()
                .filter(m -> includeArchived || !m.archived())
                .collect(Collectors.groupingBy(MilestoneView::activityId));
        Map<Long, List<NoteView>> notesByActivity = activities.notesOfPlan(planId).stream()
                .filter(n -> includeArchived || !n.archived())
                .collect(Collectors.groupingBy(NoteView::activityId));

        Map<Long, List<FigureSeriesService.GoalFigure>> figuresByGoal = figures.ofGoals(
                goalsBySection.values().stream().flatMap(List::stream).map(GoalView::id).toList(),
                monitoring.quarterOrLast(null), monitoring.countInternalMoves()).stream()
                .collect(Collectors.groupingBy(FigureSeriesService.GoalFigure::goalId));
        int[] counts = new int[4];
        List<PlanTree.Section> sectionNodes = sections.all(planId).stream()
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
