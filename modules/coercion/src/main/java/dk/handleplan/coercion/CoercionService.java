package dk.handleplan.coercion;

import dk.handleplan.coercion.internal.CoercionCase;
import dk.handleplan.coercion.internal.FollowUpStep;
import dk.handleplan.coercion.internal.MeasureKind;
import dk.handleplan.kernel.FieldError;
import dk.handleplan.kernel.Lookup;
import dk.handleplan.kernel.ValidationException;
import dk.handleplan.monitoring.Quarter;
import dk.handleplan.people.DepartmentView;
import dk.handleplan.people.OfferService;
import dk.handleplan.people.OfferView;
import dk.handleplan.people.OrganisationRole;
import dk.handleplan.people.RoleView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Coercion cases and their follow-up steps, the quarterly report (counts only), the leaders' open
 * tasks, and the retention rule. Who may see or change what is the web layer's rule; this service
 * checks that the data can be true (nothing in the future, nothing before the case, a kind valid for
 * the rule set on the day) and that no CPR number is stored (the inputs' {@code @NoCpr}).
 */
@ApplicationScoped
@Transactional
public class CoercionService {

    @PersistenceContext(unitName = "handleplan")
    EntityManager em;

    @Inject
    OfferService offers;
    @Inject
    MeasureKindService kinds;
    @Inject
    CoercionSettings settings;
    @Inject
    Clock clock;

    // --- cases ---

    /** The offer's cases (optionally one department's), newest first. */
    public List<CoercionCaseView> list(long offerId, Long departmentId, boolean archived) {
        offers.get(offerId);
        TypedQuery<CoercionCase> query = em.createQuery("select c from CoercionCase c where c.offerId = :offer"
                + " and c.archived = :archived" + (departmentId == null ? "" : " and c.departmentId = :department")
                + " order by c.occurredAt desc, c.id desc", CoercionCase.class)
                .setParameter("offer", offerId).setParameter("archived", archived);
        if (departmentId != null) {
            query.setParameter("department", departmentId);
        }
        return views(query.getResultList());
    }

    public CoercionCaseView get(long id) {
        return views(List.of(entity(id))).get(0);
    }

    public CoercionCaseView create(long offerId, @NotNull @Valid CoercionCaseInput input) {
        offers.requireActiveOffer(offerId);
        MeasureKind kind = check(offerId, input);
        CoercionCase c = new CoercionCase(offerId);
        c.record(input, kind.getId(), registeredAt(input));
        em.persist(c);
        em.flush();
        return get(c.getId());
    }

    public CoercionCaseView update(long id, @NotNull @Valid CoercionCaseInput input) {
        CoercionCase c = entity(id);
        c.checkVersion(input.version());
        c.checkActive();
        c.checkNotReduced();
        MeasureKind kind = check(c.getOfferId(), input);
        c.record(input, kind.getId(), input.registeredAt() != null ? input.registeredAt() : c.getRegisteredAt());
        em.flush();
        return get(id);
    }

    /** Archives the case (registered by mistake, a duplicate): it leaves the counts; nothing is deleted. */
    public CoercionCaseView archive(long id) {
        entity(id).archive();
        em.flush();
        return get(id);
    }

    public CoercionCaseView restore(long id) {
        entity(id).restore();
        em.flush();
        return get(id);
    }

    // --- follow-up steps ---

    public List<CoercionFollowUpView> followUps(long caseId, boolean archived) {
        entity(caseId);
        return em.createQuery("select s from FollowUpStep s where s.caseId = :case and s.archived = :archived"
                + " order by s.date, s.id", FollowUpStep.class).setParameter("case", caseId)
                .setParameter("archived", archived).getResultList().stream().map(CoercionService::view).toList();
    }

    public CoercionFollowUpView followUp(long id) {
        return view(step(id));
    }

    public CoercionFollowUpView addFollowUp(long caseId, @NotNull @Valid CoercionFollowUpInput input) {
        CoercionCase c = entity(caseId);
        c.checkActive();
        c.checkNotReduced();
        checkStep(c, input);
        FollowUpStep step = new FollowUpStep(caseId, c.getOfferId());
        step.record(input);
        em.persist(step);
        em.flush();
        return view(step);
    }

    public CoercionFollowUpView updateFollowUp(long id, @NotNull @Valid CoercionFollowUpInput input) {
        FollowUpStep step = step(id);
        step.checkVersion(input.version());
        step.checkActive();
        CoercionCase c = entity(step.getCaseId());
        c.checkActive();
        c.checkNotReduced();
        checkStep(c, input);
        step.record(input);
        em.flush();
        return view(step);
    }

    public CoercionFollowUpView archiveFollowUp(long id) {
        FollowUpStep step = step(id);
        entity(step.getCaseId()).checkNotReduced();
        step.archive();
        em.flush();
        return view(step);
    }

    public CoercionFollowUpView restoreFollowUp(long id) {
        FollowUpStep step = step(id);
        entity(step.getCaseId()).checkNotReduced();
        step.restore();
        em.flush();
        return view(step);
    }

    // --- the quarterly report ---

    public CoercionReportView offerReport(long offerId, String quarter) {
        OfferView offer = offers.get(offerId);
        return report(offer.id(), null, offer.name(), quarter);
    }

    public CoercionReportView departmentReport(long departmentId, String quarter) {
        DepartmentView department = offers.department(departmentId);
        return report(department.offerId(), departmentId, department.name(), quarter);
    }

    private CoercionReportView report(long offerId, Long departmentId, String scope, String quarterText) {
        Quarter quarter = quarterText == null || quarterText.isBlank() ? Quarter.of(LocalDate.now(clock))
                : Quarter.parse(quarterText, "quarter");
        List<Quarter> eight = quarter.lastQuarters(8);
        TypedQuery<CoercionCase> query = em.createQuery("select c from CoercionCase c where c.offerId = :offer"
                + " and c.archived = false and c.occurredAt >= :from and c.occurredAt < :to"
                + (departmentId == null ? "" : " and c.departmentId = :department"), CoercionCase.class)
                .setParameter("offer", offerId).setParameter("from", eight.get(0).firstDay().atStartOfDay())
                .setParameter("to", quarter.lastDay().plusDays(1).atStartOfDay());
        if (departmentId != null) {
            query.setParameter("department", departmentId);
        }
        List<CoercionCaseView> all = views(query.getResultList());
        Map<Quarter, List<CoercionCaseView>> byQuarter = new LinkedHashMap<>();
        eight.forEach(q -> byQuarter.put(q, new ArrayList<>()));
        all.forEach(c -> byQuarter.get(Quarter.of(c.occurredAt().toLocalDate())).add(c));
        List<CoercionCaseView> cases = byQuarter.get(quarter);

        Map<String, CoercionReportView.KindCount> byKind = new LinkedHashMap<>();
        cases.stream().collect(Collectors.groupingBy(CoercionCaseView::measureKind, Collectors.toList()))
                .forEach((code, list) -> byKind.put(code, new CoercionReportView.KindCount(code,
                        list.get(0).measureKindName(), list.size())));
        List<CoercionReportView.KindCount> kindCounts = byKind.values().stream()
                .sorted(Comparator.comparingInt(CoercionReportView.KindCount::cases).reversed()
                        .thenComparing(CoercionReportView.KindCount::name)).toList();
        int onTime = count(cases, c -> c.reportStatus() == CoercionRules.ReportStatus.ON_TIME);
        int late = count(cases, c -> c.reportStatus() == CoercionRules.ReportStatus.LATE);
        int followedUp = count(cases, CoercionCaseView::followedUp);
        List<CoercionReportView.QuarterCount> trend = new ArrayList<>();
        byQuarter.forEach((q, list) -> trend.add(new CoercionReportView.QuarterCount(q.toString(), list.size(),
                count(list, c -> c.ruleSet() == RuleSet.ADULT), count(list, c -> c.ruleSet() == RuleSet.CHILD))));
        return new CoercionReportView(offerId, departmentId, scope, quarter.toString(), cases.size(), kindCounts,
                count(cases, c -> c.ruleSet() == RuleSet.ADULT), count(cases, c -> c.ruleSet() == RuleSet.CHILD),
                count(cases, CoercionCaseView::acute), count(cases, c -> !c.acute()),
                count(cases, CoercionCaseView::lateRegistration), onTime, late,
                cases.size() - onTime - late, percent(onTime, onTime + late), followedUp,
                percent(followedUp, cases.size()), cases.size() - followedUp, trend);
    }

    private static int count(List<CoercionCaseView> cases, java.util.function.Predicate<CoercionCaseView> which) {
        return (int) cases.stream().filter(which).count();
    }

    private static Double percent(int part, int whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }

    // --- the leaders' tasks ---

    /**
     * What the holder of these roles must do about coercion cases: an afdelingsleder's cases are those of
     * their department (or of the whole offer, for an offer-wide role). Follow-ups with steps missing, and
     * reports not yet sent, soonest first. Archived and reduced cases have none.
     */
    public List<CoercionTaskView> tasksOf(List<RoleView> roles) {
        return tasksOfEach(Map.of(0L, roles)).getOrDefault(0L, List.of());
    }

    /**
     * {@link #tasksOf} for many role holders at once (the weekly digest's leaders): the same few
     * queries whatever their number. Holders without tasks are left out.
     */
    public <K> Map<K, List<CoercionTaskView>> tasksOfEach(Map<K, List<RoleView>> rolesByHolder) {
        Map<K, List<RoleView>> leaders = new LinkedHashMap<>();
        rolesByHolder.forEach((holder, roles) -> {
            List<RoleView> leading = roles.stream()
                    .filter(r -> !r.archived() && r.role() == OrganisationRole.AFDELINGSLEDER).toList();
            if (!leading.isEmpty()) {
                leaders.put(holder, leading);
            }
        });
        if (leaders.isEmpty()) {
            return Map.of();
        }
        Set<Long> liveOffers = offers.list(false).stream().map(OfferView::id).collect(Collectors.toSet());
        Set<Long> offerIds = leaders.values().stream().flatMap(List::stream).map(RoleView::offerId)
                .filter(liveOffers::contains).collect(Collectors.toSet());
        if (offerIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, CoercionCase> cases = em.createQuery("select c from CoercionCase c where c.offerId in :offers"
                + " and c.archived = false and c.reduced = false", CoercionCase.class)
                .setParameter("offers", offerIds).getResultList().stream()
                .filter(c -> leaders.values().stream().anyMatch(roles -> leads(roles, c)))
                .collect(Collectors.toMap(CoercionCase::getId, Function.identity()));
        List<CoercionTaskView> tasks = tasks(views(List.copyOf(cases.values())));
        Map<K, List<CoercionTaskView>> byHolder = new LinkedHashMap<>();
        leaders.forEach((holder, roles) -> {
            List<CoercionTaskView> theirs = tasks.stream().filter(t -> leads(roles, cases.get(t.caseId()))).toList();
            if (!theirs.isEmpty()) {
                byHolder.put(holder, theirs);
            }
        });
        return byHolder;
    }

    /** An afdelingsleder's cases are those of their department, or of the whole offer for an offer-wide role. */
    private static boolean leads(List<RoleView> leaderRoles, CoercionCase c) {
        return leaderRoles.stream().anyMatch(r -> r.offerId() == c.getOfferId()
                && (r.departmentId() == null || r.departmentId() == c.getDepartmentId()));
    }

    /** Follow-ups with steps missing and reports not yet sent, soonest first. */
    private List<CoercionTaskView> tasks(List<CoercionCaseView> cases) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<CoercionTaskView> tasks = new ArrayList<>();
        for (CoercionCaseView c : cases) {
            LocalDate day = c.occurredAt().toLocalDate();
            if (!c.followedUp()) {
                tasks.add(new CoercionTaskView(c.id(), c.offerId(), c.departmentName(), day,
                        CoercionTaskView.Kind.FOLLOW_UP, c.followUpDue(), c.followUpOverdue()));
            }
            LocalDateTime due = c.municipalityReportedAt() == null ? c.municipalityDue() : null;
            if (c.socialtilsynReportedAt() == null && (due == null || c.socialtilsynDue().isBefore(due))) {
                due = c.socialtilsynDue();
            }
            if (due != null) {
                tasks.add(new CoercionTaskView(c.id(), c.offerId(), c.departmentName(), day,
                        CoercionTaskView.Kind.REPORT, due.toLocalDate(), now.isAfter(due)));
            }
        }
        tasks.sort(Comparator.comparing(CoercionTaskView::due).thenComparing(CoercionTaskView::kind)
                .thenComparingLong(CoercionTaskView::caseId));
        return tasks;
    }

    // --- retention ---

    /**
     * The retention rule: every case that happened more than {@code retentionMonths} ago (archived ones
     * too) loses its pseudonym, staff names and its steps' texts; times, kind, rule set, department,
     * timeliness and the steps' kinds and dates stay for the statistics.
     */
    public RetentionRun reduceExpired() {
        LocalDateTime olderThan = LocalDateTime.now(clock).minusMonths(settings.retentionMonths())
                .truncatedTo(ChronoUnit.MINUTES);
        List<CoercionCase> expired = em.createQuery("select c from CoercionCase c where c.reduced = false"
                + " and c.occurredAt < :limit", CoercionCase.class).setParameter("limit", olderThan).getResultList();
        if (!expired.isEmpty()) {
            em.createQuery("select s from FollowUpStep s where s.caseId in :cases", FollowUpStep.class)
                    .setParameter("cases", expired.stream().map(CoercionCase::getId).toList()).getResultList()
                    .forEach(FollowUpStep::reduce);
            OffsetDateTime now = OffsetDateTime.now(clock);
            expired.forEach(c -> c.reduce(now));
            em.flush();
        }
        return new RetentionRun(olderThan, expired.size());
    }

    // --- checks ---

    /** The kind named, after checking every rule of the input; refuses with all broken rules at once. */
    private MeasureKind check(long offerId, CoercionCaseInput in) {
        List<FieldError> errors = new ArrayList<>();
        try {
            offers.requireDepartmentOf(offerId, in.departmentId(), "departmentId");
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (in.occurredAt().isAfter(now)) {
            errors.add(new FieldError("occurredAt", "cannot lie in the future"));
        }
        Map<String, LocalDateTime> later = new LinkedHashMap<>();
        later.put("registeredAt", in.registeredAt());
        later.put("municipalityReportedAt", in.municipalityReportedAt());
        later.put("socialtilsynReportedAt", in.socialtilsynReportedAt());
        later.put("relativesInformedAt", in.relativesInformedAt());
        later.forEach((field, time) -> {
            if (time != null && time.isBefore(in.occurredAt())) {
                errors.add(new FieldError(field, "comes before the measure itself (occurredAt " + in.occurredAt()
                        + ")"));
            } else if (time != null && time.isAfter(now)) {
                errors.add(new FieldError(field, "cannot lie in the future"));
            }
        });
        MeasureKind kind = kinds.byCode(in.measureKind());
        LocalDate day = in.occurredAt().toLocalDate();
        if (kind == null) {
            errors.add(new FieldError("measureKind", "no such kind of measure: " + in.measureKind()
                    + " (see /api/v1/coercion-measure-kinds)"));
        } else if (!kind.appliesTo(in.ruleSet())) {
            errors.add(new FieldError("measureKind", "the kind " + kind.getCode() + " does not apply to "
                    + in.ruleSet() + " cases"));
        } else if (!kind.validOn(day)) {
            errors.add(new FieldError("measureKind", "the kind " + kind.getCode() + " is not valid on " + day
                    + " (valid from " + kind.getValidFrom() + (kind.getValidTo() == null ? "" : " to "
                    + kind.getValidTo()) + ")"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return kind;
    }

    private void checkStep(CoercionCase c, CoercionFollowUpInput in) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = c.getOccurredAt().toLocalDate();
        if (in.date().isBefore(day)) {
            errors.add(new FieldError("date", "comes before the case (" + day + ")"));
        } else if (in.date().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("date", "cannot lie in the future"));
        }
        if (in.kind() == FollowUpKind.PLAN_ACTION && in.activityId() == null) {
            errors.add(new FieldError("activityId", "is required for a plan action: name the activity made"));
        } else if (in.kind() != FollowUpKind.PLAN_ACTION && in.activityId() != null) {
            errors.add(new FieldError("activityId", "is only given for a plan action (PLAN_ACTION)"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private LocalDateTime registeredAt(CoercionCaseInput in) {
        return in.registeredAt() != null ? in.registeredAt()
                : LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }

    private CoercionCase entity(long id) {
        return Lookup.require(em, CoercionCase.class, id, "Coercion case");
    }

    private FollowUpStep step(long id) {
        return Lookup.require(em, FollowUpStep.class, id, "Coercion follow-up");
    }

    // --- views ---

    /** The cases as views, with a handful of queries whatever their number. */
    private List<CoercionCaseView> views(List<CoercionCase> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        Map<Long, MeasureKind> kindsById = em.createQuery("select k from MeasureKind k", MeasureKind.class)
                .getResultList().stream().collect(Collectors.toMap(MeasureKind::getId, Function.identity()));
        Map<Long, String> departments = offers.departmentNames(cases.stream().map(CoercionCase::getDepartmentId)
                .collect(Collectors.toSet()));
        Map<Long, List<FollowUpStep>> steps = em.createQuery("select s from FollowUpStep s where s.caseId in :cases"
                + " and s.archived = false order by s.date, s.id", FollowUpStep.class)
                .setParameter("cases", cases.stream().map(CoercionCase::getId).toList()).getResultList().stream()
                .collect(Collectors.groupingBy(FollowUpStep::getCaseId));
        LocalDateTime now = LocalDateTime.now(clock);
        return cases.stream().map(c -> view(c, kindsById.get(c.getMeasureKindId()),
                departments.get(c.getDepartmentId()), steps.getOrDefault(c.getId(), List.of()), now)).toList();
    }

    private CoercionCaseView view(CoercionCase c, MeasureKind kind, String department, List<FollowUpStep> steps,
            LocalDateTime now) {
        CoercionRules.Deadlines due = CoercionRules.deadlines(c.getRuleSet(), c.isAcute(), c.getOccurredAt(),
                settings);
        Set<FollowUpKind> done = EnumSet.noneOf(FollowUpKind.class);
        steps.forEach(s -> done.add(s.getKind()));
        Set<FollowUpKind> missing = CoercionRules.missing(done);
        return new CoercionCaseView(c.getId(), c.getOfferId(), c.getDepartmentId(), department, c.getOccurredAt(),
                c.getResidentRef(), kind.getCode(), kind.getName(), c.getRuleSet(), c.getDurationMinutes(),
                c.getStaffCount(), c.getStaffNames(), c.isAcute(), c.getRegisteredAt(), c.getMunicipalityReportedAt(),
                c.getSocialtilsynReportedAt(), c.getRelativesInformedAt(), due.registration(), due.municipality(),
                due.socialtilsyn(), due.followUp(), c.getRegisteredAt().isAfter(due.registration()),
                CoercionRules.late(c.getMunicipalityReportedAt(), due.municipality(), now),
                CoercionRules.late(c.getSocialtilsynReportedAt(), due.socialtilsyn(), now),
                CoercionRules.reportStatus(c.getMunicipalityReportedAt(), c.getSocialtilsynReportedAt(), due, now),
                missing, !missing.isEmpty() && now.toLocalDate().isAfter(due.followUp()), c.isReduced(),
                c.isArchived(), c.getVersion(), steps.stream().map(CoercionService::view).toList());
    }

    private static CoercionFollowUpView view(FollowUpStep s) {
        return new CoercionFollowUpView(s.getId(), s.getCaseId(), s.getOfferId(), s.getKind(), s.getKind().danish(),
                s.getDate(), s.getText(), s.getLearning(), s.getWho(), s.getActivityId(), s.isArchived(),
                s.getVersion());
    }
}
