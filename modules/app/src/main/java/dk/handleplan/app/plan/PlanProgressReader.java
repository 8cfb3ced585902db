package dk.handleplan.app.plan;

import dk.handleplan.activities.ActivityService;
import dk.handleplan.activities.ActivityView;
import dk.handleplan.activities.DueActivity;
import dk.handleplan.activities.GoalProgress;
import dk.handleplan.deadlines.DeadlineFilter;
import dk.handleplan.deadlines.DeadlineKind;
import dk.handleplan.deadlines.DeadlineRules;
import dk.handleplan.deadlines.DeadlineService;
import dk.handleplan.deadlines.DeadlineView;
import dk.handleplan.deadlines.MilestoneService;
import dk.handleplan.deadlines.MilestoneView;
import dk.handleplan.goals.GoalService;
import dk.handleplan.goals.GoalView;
import dk.handleplan.themes.PlanView;
import dk.handleplan.themes.SectionService;
import dk.handleplan.themes.SectionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How far each of many plans has come, for the aftaleholder's overview: counts of the live
 * activities, per plan and per department, and the deadlines within a window. Counted by the
 * database and read as candidates only, so neither the number of queries nor the memory grows with
 * the activities of the plans: the overview of 100 offers ran out of a 512 MiB heap under 16 clients
 * when it built every plan's tree (docs/performance.md).
 */
@ApplicationScoped
@Transactional
public class PlanProgressReader {

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

    /** One department's (or, with no name, the whole offer's) live activities in a plan. */
    public record DepartmentProgress(String name, int activities, int completed, int overdue) {
    }

    /** A plan's counts, its departments' counts in section order, and its first deadlines, soonest first. */
    public record Progress(PlanTree.Summary summary, List<DepartmentProgress> departments,
            List<DeadlineView> deadlines) {
    }

    /**
     * By plan id, for each of these plans, with its first {@code limit} deadlines within {@code days}:
     * a fixed number of queries whatever their number or size.
     */
    public Map<Long, Progress> of(List<PlanView> plans, int days, int limit) {
        List<Long> ids = plans.stream().map(PlanView::id).toList();
        LocalDate today = deadlines.today();
        // Live: a section not archived, a goal not archived in a live section, an activity not archived
        // under a live goal (as in the plan tree).
        List<SectionView> liveSections = sections.allOfPlans(ids).stream().filter(s -> !s.archived()).toList();
        Set<Long> liveSectionIds = liveSections.stream().map(SectionView::id).collect(Collectors.toSet());
        Map<Long, List<GoalView>> liveGoalsBySection = goals.allOfPlans(ids).stream()
                .filter(g -> !g.archived() && liveSectionIds.contains(g.sectionId()))
                .collect(Collectors.groupingBy(GoalView::sectionId));
        Set<Long> liveGoalIds = liveGoalsBySection.values().stream().flatMap(List::stream).map(GoalView::id)
                .collect(Collectors.toSet());
        Map<Long, GoalProgress> byGoal = activities.progressOfPlans(ids, today).stream()
                .collect(Collectors.toMap(GoalProgress::goalId, p -> p));

        List<MilestoneView> upcoming = milestones.ofPlansBetween(ids, today, today.plusDays(days));
        Map<Long, List<Due>> dueByPlan = nextDue(ids, upcoming, liveGoalIds, today, days, limit);
        Set<Long> chosen = dueByPlan.values().stream().flatMap(List::stream).map(Due::activityId)
                .collect(Collectors.toSet());
        Map<Long, List<ActivityView>> chosenByPlan = activities.ofIds(chosen).stream()
                .collect(Collectors.groupingBy(ActivityView::planId));
        Map<Long, List<MilestoneView>> milestonesByPlan = upcoming.stream().filter(m -> chosen.contains(m.activityId()))
                .collect(Collectors.groupingBy(MilestoneView::planId));
        Map<Long, List<SectionView>> sectionsByPlan = liveSections.stream()
                .collect(Collectors.groupingBy(SectionView::planId));

        Map<Long, Progress> result = new HashMap<>();
        for (long planId : ids) {
            int[] plan = new int[4];
            Map<String, int[]> departments = new LinkedHashMap<>();
            for (SectionView section : sectionsByPlan.getOrDefault(planId, List.of())) {
                int[] department = departments.computeIfAbsent(
                        section.departmentName() == null ? "" : section.departmentName(), k -> new int[3]);
                for (GoalView goal : liveGoalsBySection.getOrDefault(section.id(), List.of())) {
                    GoalProgress p = byGoal.get(goal.id());
                    if (p != null) {
                        plan[0] += p.activities();
                        plan[1] += p.completed();
                        plan[2] += p.cancelled();
                        plan[3] += p.overdue();
                        department[0] += p.activities();
                        department[1] += p.completed();
                        department[2] += p.overdue();
                    }
                }
            }
            List<DepartmentProgress> departmentList = new ArrayList<>();
            departments.forEach((name, c) -> departmentList.add(
                    new DepartmentProgress(name.isEmpty() ? null : name, c[0], c[1], c[2])));
            result.put(planId, new Progress(new PlanTree.Summary(plan[0], plan[1], plan[2], plan[3]), departmentList,
                    deadlines.deadlinesOf(chosenByPlan.getOrDefault(planId, List.of()),
                            milestonesByPlan.getOrDefault(planId, List.of()), DeadlineFilter.ALL, days).stream()
                            .limit(limit).toList()));
        }
        return result;
    }

    /** A deadline ranked before its activity is read in full. */
    private record Due(LocalDate date, DeadlineKind kind, long activityId) {
    }

    /**
     * Each plan's first {@code limit} deadlines, from light rows by the rules and the order of
     * {@link DeadlineService#deadlinesOf}; only their activities are then read in full. The full
     * list of the chosen activities holds these first ones, so its head is the same.
     */
    private Map<Long, List<Due>> nextDue(List<Long> planIds, List<MilestoneView> upcoming, Set<Long> liveGoalIds,
            LocalDate today, int days, int limit) {
        Map<Long, DueActivity> open = activities.openOfPlansEndingBy(planIds, today.plusDays(days),
                upcoming.stream().map(MilestoneView::activityId).toList()).stream()
                .filter(a -> liveGoalIds.contains(a.goalId()))
                .collect(Collectors.toMap(DueActivity::id, a -> a));
        Map<Long, List<Due>> byPlan = new HashMap<>();
        for (DueActivity a : open.values()) {
            if (DeadlineRules.isOverdue(a.status(), a.endDate(), today)
                    || DeadlineRules.isUpcoming(a.status(), a.endDate(), today, days)) {
                byPlan.computeIfAbsent(a.planId(), k -> new ArrayList<>())
                        .add(new Due(a.endDate(), DeadlineKind.ACTIVITY_END, a.id()));
            }
        }
        for (MilestoneView m : upcoming) {
            DueActivity a = open.get(m.activityId());
            if (a != null && DeadlineRules.isUpcoming(a.status(), m.date(), today, days)) {
                byPlan.computeIfAbsent(a.planId(), k -> new ArrayList<>())
                        .add(new Due(m.date(), DeadlineKind.MILESTONE, a.id()));
            }
        }
        Comparator<Due> order = Comparator.comparing(Due::date).thenComparing(Due::kind).thenComparing(Due::activityId);
        byPlan.replaceAll((plan, due) -> due.stream().sorted(order).limit(limit).toList());
        return byPlan;
    }
}
