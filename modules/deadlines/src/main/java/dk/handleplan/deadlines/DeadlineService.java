package dk.handleplan.deadlines;

import dk.handleplan.activities.ActivityService;
import dk.handleplan.activities.ActivityView;
import dk.handleplan.themes.PlanService;
import dk.handleplan.kernel.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Overdue and upcoming deadlines of a plan, as of the injected clock's today. */
@ApplicationScoped
@Transactional
public class DeadlineService {

    public static final int DEFAULT_DAYS = 30;

    @Inject
    PlanService plans;

    @Inject
    ActivityService activities;

    @Inject
    MilestoneService milestones;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The plan's deadlines, soonest (most overdue) first. Only live elements count: archived
     * sections, goals, activities and milestones, and everything under them, are left out.
     */
    public List<DeadlineView> deadlines(long planId, DeadlineFilter filter, Integer days) {
        int window = days == null ? DEFAULT_DAYS : days;
        if (window < 0 || window > DeadlineRules.MAX_DAYS) {
            throw ValidationException.of("days", "must be between 0 and " + DeadlineRules.MAX_DAYS);
        }
        plans.get(planId);
        return deadlinesOf(activities.liveOfPlan(planId),
                filter == DeadlineFilter.OVERDUE ? List.of() : milestones.allOfPlan(planId), filter, window);
    }

    /**
     * The deadlines of already loaded elements, soonest first: {@code live} holds only live activities
     * (callers that load many plans at once filter them); milestones of other activities, and archived
     * ones, are left out.
     */
    public List<DeadlineView> deadlinesOf(List<ActivityView> live, List<MilestoneView> milestonesOfLive,
            DeadlineFilter filter, int window) {
        LocalDate today = today();
        List<DeadlineView> result = new ArrayList<>();
        for (ActivityView a : live) {
            LocalDate end = a.timeFrame().endDate();
            boolean overdue = DeadlineRules.isOverdue(a.status(), end, today);
            boolean upcoming = DeadlineRules.isUpcoming(a.status(), end, today, window);
            if ((overdue && filter != DeadlineFilter.UPCOMING) || (upcoming && filter != DeadlineFilter.OVERDUE)) {
                result.add(new DeadlineView(DeadlineKind.ACTIVITY_END, end, ChronoUnit.DAYS.between(today, end),
                        overdue, a.id(), a.description(), a.goalId(), a.status(), a.responsibleText(), null, null));
            }
        }
        if (filter != DeadlineFilter.OVERDUE) {
            Map<Long, ActivityView> byId = live.stream().collect(Collectors.toMap(ActivityView::id, Function.identity()));
            for (MilestoneView m : milestonesOfLive) {
                ActivityView a = byId.get(m.activityId());
                if (!m.archived() && a != null && DeadlineRules.isUpcoming(a.status(), m.date(), today, window)) {
                    result.add(new DeadlineView(DeadlineKind.MILESTONE, m.date(),
                            ChronoUnit.DAYS.between(today, m.date()), false, a.id(), a.description(), a.goalId(),
                            a.status(), a.responsibleText(), m.id(), m.title()));
                }
            }
        }
        result.sort(Comparator.comparing(DeadlineView::date).thenComparing(DeadlineView::kind)
                .thenComparing(DeadlineView::activityId));
        return result;
    }
}
