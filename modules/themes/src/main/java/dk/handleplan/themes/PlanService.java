package dk.handleplan.themes;

import dk.handleplan.kernel.Lookup;
import dk.handleplan.kernel.NotFoundException;
import dk.handleplan.kernel.ValidationException;
import dk.handleplan.people.OfferService;
import dk.handleplan.themes.internal.ActionPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Action plans: the header of each offer's plan and its life cycle. */
@ApplicationScoped
@Transactional
public class PlanService {

    @PersistenceContext(unitName = "handleplan")
    EntityManager em;

    @Inject
    OfferService offers;

    @Inject
    ThemeCatalogueService catalogues;

    public List<PlanView> list(Long offerId, boolean archived) {
        TypedQuery<ActionPlan> query;
        if (offerId == null) {
            query = em.createQuery("select p from ActionPlan p where p.archived = :archived"
                    + " order by p.offerId, p.id", ActionPlan.class);
        } else {
            query = em.createQuery("select p from ActionPlan p where p.archived = :archived and p.offerId = :offer"
                    + " order by p.id", ActionPlan.class).setParameter("offer", offerId);
        }
        return query.setParameter("archived", archived).getResultList().stream().map(PlanService::view).toList();
    }

    public PlanView get(long id) {
        return view(Lookup.require(em, ActionPlan.class, id, "Plan"));
    }

    public PlanView create(@NotNull @Valid PlanInput input) {
        try {
            offers.requireActiveOffer(input.offerId());
        } catch (NotFoundException e) {
            throw ValidationException.of("offerId", "offer " + input.offerId() + " does not exist");
        }
        checkDates(input);
        ActionPlan plan = new ActionPlan(input.offerId(), catalogues.current().id());
        plan.describe(input.title(), input.authority(), input.visitDate(), input.reportDate(), input.status());
        em.persist(plan);
        em.flush();
        return view(plan);
    }

    public PlanView update(long id, @NotNull @Valid PlanInput input) {
        ActionPlan plan = Lookup.require(em, ActionPlan.class, id, "Plan");
        plan.checkVersion(input.version());
        plan.checkActive();
        if (input.offerId() != plan.getOfferId()) {
            throw ValidationException.of("offerId", "a plan cannot be moved to another offer");
        }
        checkDates(input);
        plan.describe(input.title(), input.authority(), input.visitDate(), input.reportDate(), input.status());
        em.flush();
        return view(plan);
    }

    public PlanView archive(long id) {
        ActionPlan plan = Lookup.require(em, ActionPlan.class, id, "Plan");
        plan.archive();
        em.flush();
        return view(plan);
    }

    public PlanView restore(long id) {
        ActionPlan plan = Lookup.require(em, ActionPlan.class, id, "Plan");
        plan.restore();
        em.flush();
        return view(plan);
    }

    /** For lower modules: the plan exists, is not archived and not closed. Returns its offer. */
    public long requireContentEditable(long planId) {
        ActionPlan plan = Lookup.require(em, ActionPlan.class, planId, "Plan");
        plan.checkContentEditable();
        return plan.getOfferId();
    }

    ActionPlan plan(long planId) {
        return Lookup.require(em, ActionPlan.class, planId, "Plan");
    }

    private static void checkDates(PlanInput input) {
        if (input.visitDate() != null && input.reportDate() != null
                && input.reportDate().isBefore(input.visitDate())) {
            throw ValidationException.of("reportDate", "the report cannot be dated before the visit");
        }
    }

    static PlanView view(ActionPlan p) {
        return new PlanView(p.getId(), p.getOfferId(), p.getTitle(), p.getAuthority(), p.getVisitDate(),
                p.getReportDate(), p.getStatus(), p.getStatus().danish(), p.getCatalogueId(), p.isArchived(),
                p.getVersion(), p.getUpdatedAt());
    }
}
