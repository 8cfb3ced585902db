package dk.handleplan.deadlines;

import dk.handleplan.activities.ActivityRef;
import dk.handleplan.activities.ActivityService;
import dk.handleplan.deadlines.internal.Milestone;
import dk.handleplan.kernel.Lookup;
import dk.handleplan.kernel.TimePoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;

/** Milestones of activities. */
@ApplicationScoped
@Transactional
public class MilestoneService {

    @PersistenceContext(unitName = "handleplan")
    EntityManager em;

    @Inject
    ActivityService activities;

    public List<MilestoneView> list(long activityId, boolean archived) {
        activities.ref(activityId);
        return em.createQuery("select m from Milestone m where m.activityId = :activity and m.archived = :archived"
                + " order by m.date, m.startTime, m.id", Milestone.class)
                .setParameter("activity", activityId).setParameter("archived", archived)
                .getResultList().stream().map(MilestoneService::view).toList();
    }

    /** Every milestone of the plan, archived ones included, by date: one query, for the plan tree. */
    public List<MilestoneView> allOfPlan(long planId) {
        return allOfPlans(List.of(planId));
    }

    /** Every milestone of these plans, archived ones included, by date: one query, for the overview. */
    public List<MilestoneView> allOfPlans(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from Milestone m where m.planId in :plans order by m.date, m.startTime, m.id",
                Milestone.class).setParameter("plans", planIds)
                .getResultList().stream().map(MilestoneService::view).toList();
    }

    /**
     * The non-archived milestones of these plans dated from {@code first} to {@code last}, by date:
     * one query, for the overview's next deadlines.
     */
    public List<MilestoneView> ofPlansBetween(Collection<Long> planIds, java.time.LocalDate first,
            java.time.LocalDate last) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from Milestone m where m.planId in :plans and m.archived = false"
                + " and m.date between :first and :last order by m.date, m.startTime, m.id", Milestone.class)
                .setParameter("plans", planIds).setParameter("first", first).setParameter("last", last)
                .getResultList().stream().map(MilestoneService::view).toList();
    }

    public MilestoneView get(long id) {
        return view(milestone(id));
    }

    public MilestoneView add(long activityId, @NotNull @Valid MilestoneInput input) {
        ActivityRef activity = activities.requireEditable(activityId);
        Milestone milestone = new Milestone(activityId, activity.planId());
        milestone.schedule(input.title(), input.date(), input.startTime(), input.endTime());
        em.persist(milestone);
        em.flush();
        return view(milestone);
    }

    public MilestoneView update(long id, @NotNull @Valid MilestoneInput input) {
        Milestone milestone = milestone(id);
        milestone.checkVersion(input.version());
        milestone.checkActive();
        activities.requireEditable(milestone.getActivityId());
        milestone.schedule(input.title(), input.date(), input.startTime(), input.endTime());
        em.flush();
        return view(milestone);
    }

    public MilestoneView archive(long id) {
        Milestone milestone = milestone(id);
        activities.requireEditable(milestone.getActivityId());
        milestone.archive();
        em.flush();
        return view(milestone);
    }

    public MilestoneView restore(long id) {
        Milestone milestone = milestone(id);
        activities.requireEditable(milestone.getActivityId());
        milestone.restore();
        em.flush();
        return view(milestone);
    }

    private Milestone milestone(long id) {
        return Lookup.require(em, Milestone.class, id, "Milestone");
    }

    static MilestoneView view(Milestone m) {
        return new MilestoneView(m.getId(), m.getActivityId(), m.getPlanId(), m.getTitle(), m.getDate(),
                m.getStartTime(), m.getEndTime(), text(m), m.isArchived(), m.getVersion(), m.getUpdatedAt());
    }

    /** "4. december 2024 kl. 13.00-15.00", as Danish writes times. */
    static String text(Milestone m) {
        StringBuilder text = new StringBuilder(TimePoint.danishDate(m.getDate()));
        if (m.getStartTime() != null) {
            text.append(" kl. ").append(time(m.getStartTime().getHour(), m.getStartTime().getMinute()));
            if (m.getEndTime() != null) {
                text.append('-').append(time(m.getEndTime().getHour(), m.getEndTime().getMinute()));
            }
        }
        return text.toString();
    }

    private static String time(int hour, int minute) {
        return String.format("%02d.%02d", hour, minute);
    }
}
