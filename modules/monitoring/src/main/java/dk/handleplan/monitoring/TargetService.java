package dk.handleplan.monitoring;

import dk.handleplan.kernel.ConflictException;
import dk.handleplan.kernel.FieldError;
import dk.handleplan.kernel.Lookup;
import dk.handleplan.kernel.ValidationException;
import dk.handleplan.monitoring.internal.Benchmark;
import dk.handleplan.monitoring.internal.Target;
import dk.handleplan.people.DepartmentView;
import dk.handleplan.people.OfferService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Targets: what a department or a whole offer aims for with a figure, a value or "at most benchmark X",
 * optionally linked to the plan goal it measures. At most one active target per figure and department
 * (or offer). Who may set them is the web layer's rule (the offer's leaders).
 */
@ApplicationScoped
@Transactional
public class TargetService {

    @PersistenceContext(unitName = "handleplan")
    EntityManager em;

    @Inject
    OfferService offers;
    @Inject
    Instance<PlanGoals> planGoals;

    public List<TargetView> list(long offerId, boolean archived) {
        offers.get(offerId);
        return views(em.createQuery("select t from Target t where t.offerId = :offer and t.archived = :archived"
                + " order by t.departmentId, t.figure, t.id", Target.class).setParameter("offer", offerId)
                .setParameter("archived", archived).getResultList());
    }

    /** The active targets of the offers, in one query. */
    public List<TargetView> forOffers(Collection<Long> offerIds) {
        if (offerIds.isEmpty()) {
            return List.of();
        }
        return views(em.createQuery("select t from Target t where t.offerId in :offers and t.archived = false",
                Target.class).setParameter("offers", List.copyOf(offerIds)).getResultList());
    }

    /** The active targets linked to any of the goals, in one query. */
    public List<TargetView> ofGoals(Collection<Long> goalIds) {
        if (goalIds.isEmpty()) {
            return List.of();
        }
        return views(em.createQuery("select t from Target t where t.goalId in :goals and t.archived = false"
                + " order by t.id", Target.class).setParameter("goals", List.copyOf(goalIds)).getResultList());
    }

    public TargetView get(long id) {
        return views(List.of(entity(id))).get(0);
    }

    public TargetView create(long offerId, @NotNull @Valid TargetInput input) {
        offers.requireActiveOffer(offerId);
        Figure figure = Figure.parse(input.figure(), "figure");
        if (input.departmentId() != null) {
            DepartmentView department = departmentOf(offerId, input.departmentId());
            if (department.archived()) {
                throw ConflictException.archived("Department", department.id());
            }
        }
        List<Target> same = active(offerId, figure, input.departmentId());
        if (!same.isEmpty()) {
            throw ConflictException.of("Target exists", "There is a target for " + figure + " already (id "
                    + same.get(0).getId() + "): change it with PUT /api/v1/targets/" + same.get(0).getId() + ".");
        }
        Target target = new Target(offerId, input.departmentId(), figure);
        record(target, input, figure);
        em.persist(target);
        em.flush();
        return get(target.getId());
    }

    public TargetView update(long id, @NotNull @Valid TargetInput input) {
        Target target = entity(id);
        target.checkVersion(input.version());
        target.checkActive();
        Figure figure = Figure.parse(input.figure(), "figure");
        if (figure != target.getFigure()) {
            throw ValidationException.of("figure", "the figure of a target cannot change (" + target.getFigure() + ")");
        }
        if (!Objects.equals(input.departmentId(), target.getDepartmentId())) {
            throw ValidationException.of("departmentId", "the department of a target cannot change");
        }
        record(target, input, figure);
        em.flush();
        return get(id);
    }

    public TargetView archive(long id) {
        entity(id).archive();
        em.flush();
        return get(id);
    }

    public TargetView restore(long id) {
        Target target = entity(id);
        if (target.isArchived() && !active(target.getOfferId(), target.getFigure(), target.getDepartmentId()).isEmpty()) {
            throw ConflictException.of("Target exists", "Another target for " + target.getFigure()
                    + " is active; archive it first.");
        }
        target.restore();
        em.flush();
        return get(id);
    }

    /** The active targets for the figure and department (or offer); at most one. */
    private List<Target> active(long offerId, Figure figure, Long departmentId) {
        return em.createQuery("select t from Target t where t.offerId = :offer and t.figure = :figure"
                + " and t.archived = false", Target.class).setParameter("offer", offerId).setParameter("figure", figure)
                .getResultList().stream().filter(t -> Objects.equals(t.getDepartmentId(), departmentId)).toList();
    }

    private void record(Target target, TargetInput input, Figure figure) {
        List<FieldError> errors = new ArrayList<>();
        if ((input.value() == null) == (input.benchmarkId() == null)) {
            errors.add(new FieldError("value", "give either a value or a benchmarkId (to stay at or below)"));
        }
        if (input.benchmarkId() != null) {
            Benchmark benchmark = em.find(Benchmark.class, input.benchmarkId());
            if (benchmark == null || benchmark.isArchived() || benchmark.getOfferId() != null
                    && benchmark.getOfferId() != target.getOfferId()) {
                errors.add(new FieldError("benchmarkId", "is not an active benchmark of this offer or of all offers: "
                        + input.benchmarkId()));
            } else if (benchmark.getFigure() != figure) {
                errors.add(new FieldError("benchmarkId", "compares " + benchmark.getFigure() + ", not " + figure));
            }
        }
        if (input.goalId() != null) {
            Long goalOffer = planGoals.isResolvable() ? planGoals.get().offerOf(input.goalId()).orElse(null) : null;
            if (goalOffer == null || goalOffer != target.getOfferId()) {
                errors.add(new FieldError("goalId", "is not a goal of this offer's plans: " + input.goalId()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        target.record(input.rollingYear() == null || input.rollingYear(), input.value(), input.benchmarkId(),
                input.goalId(), input.note());
    }

    private DepartmentView departmentOf(long offerId, long departmentId) {
        try {
            DepartmentView department = offers.department(departmentId);
            if (department.offerId() == offerId) {
                return department;
            }
        } catch (dk.handleplan.kernel.NotFoundException e) {
            // answered below as a field error, as for a department of another offer
        }
        throw ValidationException.of("departmentId", "is not a department of this offer: " + departmentId);
    }

    private List<TargetView> views(List<Target> targets) {
        Map<Long, Benchmark> benchmarks = new HashMap<>();
        List<Long> ids = targets.stream().map(Target::getBenchmarkId).filter(Objects::nonNull).distinct().toList();
        if (!ids.isEmpty()) {
            em.createQuery("select b from Benchmark b where b.id in :ids", Benchmark.class).setParameter("ids", ids)
                    .getResultList().forEach(b -> benchmarks.put(b.getId(), b));
        }
        return targets.stream().map(t -> {
            Benchmark b = t.getBenchmarkId() == null ? null : benchmarks.get(t.getBenchmarkId());
            String against = t.getValue() != null
                    ? "højst " + DanishNumber.format(t.getValue(), 2) + ("%".equals(t.getFigure().unit()) ? " %"
                            : " " + t.getFigure().unit())
                    : "højst som " + (b == null ? "benchmarken" : b.getName());
            String description = against + (t.isRollingYear() ? " (rullende år)" : " (kvartalet)");
            return new TargetView(t.getId(), t.getOfferId(), t.getDepartmentId(), t.getFigure(), t.getFigure().danish(),
                    t.isRollingYear(), t.getValue(), t.getBenchmarkId(), b == null ? null : b.getName(), t.getGoalId(),
                    t.getNote(), description, t.getVersion(), t.isArchived());
        }).toList();
    }

    private Target entity(long id) {
        return Lookup.require(em, Target.class, id, "Target");
    }
}
