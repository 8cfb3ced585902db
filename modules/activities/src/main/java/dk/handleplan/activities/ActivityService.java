package dk.handleplan.activities;

import dk.handleplan.activities.internal.Activity;
import dk.handleplan.activities.internal.ProgressNote;
import dk.handleplan.activities.internal.Responsible;
import dk.handleplan.goals.GoalRef;
import dk.handleplan.goals.GoalService;
import dk.handleplan.kernel.FieldError;
import dk.handleplan.kernel.Lookup;
import dk.handleplan.kernel.Ordered;
import dk.handleplan.kernel.TimeFrame;
import dk.handleplan.kernel.TimeFrameView;
import dk.handleplan.kernel.ValidationException;
import dk.handleplan.people.PersonService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Activities of goals, and their progress notes. */
@ApplicationScoped
@Transactional
public class ActivityService {

    private static final String BATCH_RESPONSIBLE = "eclipselink.batch";
    /** The closed statuses ({@link ActivityStatus#isClosed}) as an SQL list: {@code ('COMPLETED', 'CANCELLED')}. */
    private static final String CLOSED_STATUSES = Arrays.stream(ActivityStatus.values())
            .filter(ActivityStatus::isClosed).map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    @PersistenceContext(unitName = "handleplan")
    EntityManager em;

    @Inject
    GoalService goals;

    @Inject
    PersonService persons;

    @Inject
    Clock clock;

    /** The goal's activities in order: the active ones, or (archived = true) the archived ones. */
    public List<ActivityView> list(long goalId, boolean archived) {
        goals.ref(goalId);
        return views(withResponsible(em.createQuery("select a from Activity a where a.goalId = :goal"
                + " and a.archived = :archived order by a.position, a.id", Activity.class))
                .setParameter("goal", goalId).setParameter("archived", archived).getResultList());
    }

    /** Every activity of the plan, archived ones included, in order: two queries, for the plan tree. */
    public List<ActivityView> allOfPlan(long planId) {
        return allOfPlans(List.of(planId));
    }

    /**
     * Every activity of these plans, archived ones included, in order: two queries whatever the
     * number of plans (the responsible people are read by joining the same query, not by id lists).
     */
    public List<ActivityView> allOfPlans(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return views(em.createQuery("select a from Activity a where a.planId in :plans order by a.position, a.id",
                Activity.class).setHint(BATCH_RESPONSIBLE, "a.responsible").setHint("eclipselink.batch.type", "JOIN")
                .setParameter("plans", planIds).getResultList());
    }

    /**
     * How far the non-archived activities of these plans have come, one row per goal (goals without
     * such activities are absent): one grouped query whatever the number of plans or activities, for
     * the overview across many offers, which must not load every activity. Overdue follows
     * {@code DeadlineRules.isOverdue}: an end before {@code today} of an activity that is not closed.
     */
    public List<GoalProgress> progressOfPlans(Collection<Long> planIds, LocalDate today) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        // Native SQL over this module's own table: EclipseLink inlines every value of a JPQL query with
        // CASE expressions and writes false as 0, which H2 refuses for a boolean column.
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(today)));
        parameters.addAll(planIds);
        return rows("select goal_id, plan_id, count(*),"
                + " sum(case when status = '" + ActivityStatus.COMPLETED + "' then 1 else 0 end),"
                + " sum(case when status = '" + ActivityStatus.CANCELLED + "' then 1 else 0 end),"
                + " sum(case when end_date < ? and status not in " + CLOSED_STATUSES + " then 1 else 0 end)"
                + " from act_activity where archived = false and plan_id in " + placeholders(planIds.size())
                + " group by goal_id, plan_id", parameters)
                .map(row -> new GoalProgress(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                        ((Number) row[2]).intValue(), ((Number) row[3]).intValue(), ((Number) row[4]).intValue(),
                        ((Number) row[5]).intValue()))
                .toList();
    }

    /**
     * The open, non-archived activities of these plans that end on or before {@code last} (overdue
     * or upcoming), and the open, non-archived ones among {@code alsoIds}: the candidates for the
     * plans' next deadlines, as light rows (two queries), so an overview of thousands of overdue
     * activities does not build them all.
     */
    public List<DueActivity> openOfPlansEndingBy(Collection<Long> planIds, LocalDate last, Collection<Long> alsoIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        String open = "select id, goal_id, plan_id, end_date, status from act_activity where archived = false"
                + " and status not in " + CLOSED_STATUSES + " and ";
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(last)));
        parameters.addAll(planIds);
        List<DueActivity> due = new ArrayList<>(dueRows(open + "end_date <= ? and plan_id in "
                + placeholders(planIds.size()), parameters));
        Set<Long> seen = new HashSet<>(due.stream().map(DueActivity::id).toList());
        List<Long> more = alsoIds.stream().filter(id -> !seen.contains(id)).distinct().toList();
        if (!more.isEmpty()) {
            due.addAll(dueRows(open + "id in " + placeholders(more.size()), new ArrayList<>(more)));
        }
        return due;
    }

    private List<DueActivity> dueRows(String sql, List<Object> parameters) {
        return rows(sql, parameters).map(row -> new DueActivity(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), localDate(row[3]),
                ActivityStatus.valueOf(row[4].toString()))).toList();
    }

    /** A native query over this module's own tables, for rows without entities; parameters by position. */
    private Stream<Object[]> rows(String sql, List<Object> parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return ((List<?>) query.getResultList()).stream().map(Object[].class::cast);
    }

    private static String placeholders(int count) {
        return "(" + String.join(", ", Collections.nCopies(count, "?")) + ")";
    }

    /** A DATE column comes back as java.sql.Date or LocalDate, depending on the driver. */
    private static LocalDate localDate(Object value) {
        return value == null ? null : value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }

    /** These activities (those that exist), in order: two queries whatever their number. */
    public List<ActivityView> ofIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return views(withResponsible(em.createQuery("select a from Activity a where a.id in :ids"
                + " order by a.position, a.id", Activity.class)).setParameter("ids", ids).getResultList());
    }

    /** The plan's live activities: not archived, under a live goal in a live section. */
    public List<ActivityView> liveOfPlan(long planId) {
        List<Long> liveGoals = goals.activeGoalIds(planId);
        if (liveGoals.isEmpty()) {
            return List.of();
        }
        return views(withResponsible(em.createQuery("select a from Activity a where a.planId = :plan"
                + " and a.archived = false and a.goalId in :goals order by a.position, a.id", Activity.class))
                .setParameter("plan", planId).setParameter("goals", liveGoals).getResultList());
    }

    public ActivityView get(long id) {
        return views(List.of(activity(id))).get(0);
    }

    public ActivityView add(long goalId, @NotNull @Valid ActivityInput input) {
        GoalRef goal = goals.requireEditable(goalId);
        Activity activity = new Activity(goalId, goal.planId(), Ordered.nextPosition(siblings(goalId)));
        apply(activity, input, goal.offerId());
        em.persist(activity);
        em.flush();
        return get(activity.getId());
    }

    public ActivityView update(long id, @NotNull @Valid ActivityInput input) {
        Activity activity = activity(id);
        activity.checkVersion(input.version());
        activity.checkActive();
        GoalRef goal = goals.requireEditable(activity.getGoalId());
        apply(activity, input, goal.offerId());
        em.flush();
        return get(id);
    }

    public ActivityView archive(long id) {
        Activity activity = activity(id);
        goals.requireEditable(activity.getGoalId());
        activity.archive();
        em.flush();
        return get(id);
    }

    public ActivityView restore(long id) {
        Activity activity = activity(id);
        goals.requireEditable(activity.getGoalId());
        int position = Ordered.nextPosition(siblings(activity.getGoalId())); // before restoring: one update
        activity.restore();
        activity.setPosition(position);
        em.flush();
        return get(id);
    }

    public ActivityView move(long id, Ordered.Direction direction) {
        Activity activity = activity(id);
        activity.checkActive();
        goals.requireEditable(activity.getGoalId());
        Ordered.move(siblings(activity.getGoalId()), activity, direction);
        em.flush();
        return get(id);
    }

    /** For lower modules: the activity and where it belongs, when content may be added to it or changed. */
    public ActivityRef requireEditable(long activityId) {
        Activity activity = activity(activityId);
        activity.checkActive();
        GoalRef goal = goals.requireEditable(activity.getGoalId());
        return new ActivityRef(activityId, goal.id(), goal.planId(), goal.offerId());
    }

    /** The plan an activity belongs to, archived or not: one read (the activity keeps its plan's id). */
    public long planOf(long activityId) {
        return activity(activityId).getPlanId();
    }

    /** For lower modules: where an activity belongs, archived or not. */
    public ActivityRef ref(long activityId) {
        Activity activity = activity(activityId);
        GoalRef goal = goals.ref(activity.getGoalId());
        return new ActivityRef(activityId, goal.id(), goal.planId(), goal.offerId());
    }

    // --- progress notes ---

    public List<NoteView> notes(long activityId, boolean archived) {
        activity(activityId);
        return em.createQuery("select n from ProgressNote n where n.activityId = :activity and n.archived = :archived"
                + " order by n.noteDate, n.id", ProgressNote.class)
                .setParameter("activity", activityId).setParameter("archived", archived)
                .getResultList().stream().map(ActivityService::view).toList();
    }

    /** Every note of the plan, archived ones included, by date: one query, for the plan tree. */
    public List<NoteView> notesOfPlan(long planId) {
        return em.createQuery("select n from ProgressNote n where n.planId = :plan order by n.noteDate, n.id",
                ProgressNote.class).setParameter("plan", planId)
                .getResultList().stream().map(ActivityService::view).toList();
    }

    public NoteView note(long id) {
        return view(Lookup.require(em, ProgressNote.class, id, "Note"));
    }

    public NoteView addNote(long activityId, @NotNull @Valid NoteInput input) {
        ActivityRef activity = requireEditable(activityId);
        ProgressNote note = new ProgressNote(activityId, activity.planId());
        note.write(noteDate(input), input.text(), input.author());
        em.persist(note);
        em.flush();
        return view(note);
    }

    public NoteView updateNote(long id, @NotNull @Valid NoteInput input) {
        ProgressNote note = Lookup.require(em, ProgressNote.class, id, "Note");
        note.checkVersion(input.version());
        note.checkActive();
        requireEditable(note.getActivityId());
        note.write(noteDate(input), input.text(), input.author());
        em.flush();
        return view(note);
    }

    public NoteView archiveNote(long id) {
        ProgressNote note = Lookup.require(em, ProgressNote.class, id, "Note");
        requireEditable(note.getActivityId());
        note.archive();
        em.flush();
        return view(note);
    }

    public NoteView restoreNote(long id) {
        ProgressNote note = Lookup.require(em, ProgressNote.class, id, "Note");
        requireEditable(note.getActivityId());
        note.restore();
        em.flush();
        return view(note);
    }

    private LocalDate noteDate(NoteInput input) {
        LocalDate today = LocalDate.now(clock);
        if (input.date() == null) {
            return today;
        }
        if (input.date().isAfter(today)) {
            throw ValidationException.of("date", "a progress note cannot be dated in the future");
        }
        return input.date();
    }

    // --- helpers ---

    private void apply(Activity activity, ActivityInput input, long offerId) {
        TimeFrame timeFrame = input.timeFrame() == null ? TimeFrame.NONE : input.timeFrame().parse();
        List<Responsible> who = responsible(input.responsible(), offerId);
        activity.changeStatus(input.status(), input.completedOn(), input.cancelReason(), LocalDate.now(clock));
        activity.describe(input.description(), input.documentation(), timeFrame, who);
    }

    private List<Responsible> responsible(List<ResponsibleInput> input, long offerId) {
        if (input == null) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        List<Responsible> seen = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        List<Long> personIds = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            ResponsibleInput who = input.get(i);
            if (who == null || (who.personId() == null) == (who.role() == null)) {
                errors.add(new FieldError("responsible[" + i + "]", "give either personId or role"));
                continue;
            }
            if (keys.add(who.personId() + "/" + who.role())) {
                seen.add(new Responsible(who.personId(), who.role()));
                if (who.personId() != null) {
                    personIds.add(who.personId());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        persons.requireActivePersonsOf(offerId, personIds, "responsible");
        return List.copyOf(seen);
    }

    private Activity activity(long id) {
        return Lookup.require(em, Activity.class, id, "Activity");
    }

    private List<Activity> siblings(long goalId) {
        return em.createQuery("select a from Activity a where a.goalId = :goal and a.archived = false"
                + " order by a.position, a.id", Activity.class).setParameter("goal", goalId).getResultList();
    }

    /** Reads the responsible of all listed activities in one extra query instead of one per activity. */
    private static TypedQuery<Activity> withResponsible(TypedQuery<Activity> query) {
        return query.setHint(BATCH_RESPONSIBLE, "a.responsible").setHint("eclipselink.batch.type", "IN");
    }

    private List<ActivityView> views(List<Activity> activities) {
        Map<Long, String> names = persons.names(activities.stream().flatMap(a -> a.getResponsible().stream())
                .map(Responsible::getPersonId).filter(Objects::nonNull).distinct().toList());
        return activities.stream().map(a -> view(a, names)).toList();
    }

    private static ActivityView view(Activity a, Map<Long, String> names) {
        List<ResponsibleView> who = a.getResponsible().stream().map(r -> new ResponsibleView(r.getPersonId(),
                r.getRole(), r.getPersonId() != null ? names.get(r.getPersonId()) : r.getRole().danish())).toList();
        return new ActivityView(a.getId(), a.getGoalId(), a.getPlanId(), a.getDescription(), a.getDocumentation(),
                TimeFrameView.of(a.getTimeFrame()), who, ResponsibleText.of(who), a.getStatus(),
                a.getStatus().danish(), a.getCompletedOn(), a.getCancelReason(), a.getPosition(), a.isArchived(),
                a.getVersion(), a.getUpdatedAt());
    }

    private static NoteView view(ProgressNote n) {
        return new NoteView(n.getId(), n.getActivityId(), n.getPlanId(), n.getNoteDate(), n.getText(),
                n.getAuthor(), n.isArchived(), n.getVersion());
    }
}
