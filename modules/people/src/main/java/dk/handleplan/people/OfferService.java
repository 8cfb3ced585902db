package dk.handleplan.people;

import dk.handleplan.kernel.Lookup;
import dk.handleplan.kernel.ValidationException;
import dk.handleplan.people.internal.Department;
import dk.handleplan.people.internal.Offer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Offers (tilbud) and their departments. */
@ApplicationScoped
@Transactional
public class OfferService {

    @PersistenceContext(unitName = "handleplan")
    EntityManager em;

    public List<OfferView> list(boolean archived) {
        List<Offer> offers = em.createQuery(
                "select o from Offer o where o.archived = :archived order by o.name, o.id", Offer.class)
                .setParameter("archived", archived).getResultList();
        Map<Long, List<DepartmentView>> departments = em.createQuery(
                "select d from Department d where d.archived = false order by d.name, d.id", Department.class)
                .getResultList().stream().map(OfferService::view)
                .collect(Collectors.groupingBy(DepartmentView::offerId, Collectors.toUnmodifiableList()));
        return offers.stream().map(o -> view(o, departments.getOrDefault(o.getId(), List.of()))).toList();
    }

    public OfferView get(long id) {
        return view(Lookup.require(em, Offer.class, id, "Offer"));
    }

    public OfferView create(@NotNull @Valid OfferInput input) {
        Offer offer = new Offer(input.name(), input.municipality());
        em.persist(offer);
        em.flush();
        return view(offer);
    }

    public OfferView update(long id, @NotNull @Valid OfferInput input) {
        Offer offer = Lookup.require(em, Offer.class, id, "Offer");
        offer.checkVersion(input.version());
        offer.checkActive();
        offer.rename(input.name(), input.municipality());
        em.flush();
        return view(offer);
    }

    public OfferView archive(long id) {
        Offer offer = Lookup.require(em, Offer.class, id, "Offer");
        offer.archive();
        em.flush();
        return view(offer);
    }

    public OfferView restore(long id) {
        Offer offer = Lookup.require(em, Offer.class, id, "Offer");
        offer.restore();
        em.flush();
        return view(offer);
    }

    public List<DepartmentView> departments(long offerId, boolean archived) {
        Lookup.require(em, Offer.class, offerId, "Offer");
        return em.createQuery("select d from Department d where d.offerId = :offer and d.archived = :archived"
                + " order by d.name, d.id", Department.class)
                .setParameter("offer", offerId).setParameter("archived", archived)
                .getResultList().stream().map(OfferService::view).toList();
    }

    public DepartmentView addDepartment(long offerId, @NotNull @Valid DepartmentInput input) {
        Lookup.requireActive(em, Offer.class, offerId, "Offer");
        Department department = new Department(offerId, input.name());
        em.persist(department);
        em.flush();
        return view(department);
    }

    public DepartmentView department(long id) {
        return view(Lookup.require(em, Department.class, id, "Department"));
    }

    public DepartmentView updateDepartment(long id, @NotNull @Valid DepartmentInput input) {
        Department department = Lookup.require(em, Department.class, id, "Department");
        department.checkVersion(input.version());
        department.checkActive();
        department.rename(input.name());
        em.flush();
        return view(department);
    }

    public DepartmentView archiveDepartment(long id) {
        Department department = Lookup.require(em, Department.class, id, "Department");
        department.archive();
        em.flush();
        return view(department);
    }

    public DepartmentView restoreDepartment(long id) {
        Department department = Lookup.require(em, Department.class, id, "Department");
        Lookup.requireActive(em, Offer.class, department.getOfferId(), "Offer");
        department.restore();
        em.flush();
        return view(department);
    }

    /** For modules that attach things to an offer: the offer must exist and be active. */
    public void requireActiveOffer(long offerId) {
        Lookup.requireActive(em, Offer.class, offerId, "Offer");
    }

    /** For modules that scope things to a department: it must be an active department of the offer. */
    public void requireDepartmentOf(long offerId, long departmentId, String field) {
        Department department = em.find(Department.class, departmentId);
        if (department == null || department.getOfferId() != offerId) {
            throw ValidationException.of(field, "department " + departmentId + " is not a department of offer "
                    + offerId);
        }
        department.checkActive();
    }

    /** Department names by id, archived ones included (old plans still name them). */
    public Map<Long, String> departmentNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select d from Department d where d.id in :ids", Department.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(Department::getId, Department::getName));
    }

    private OfferView view(Offer offer) {
        return view(offer, departments(offer.getId(), false));
    }

    private static OfferView view(Offer offer, List<DepartmentView> departments) {
        return new OfferView(offer.getId(), offer.getName(), offer.getMunicipality(), departments,
                offer.isArchived(), offer.getVersion());
    }

    private static DepartmentView view(Department d) {
        return new DepartmentView(d.getId(), d.getOfferId(), d.getName(), d.isArchived(), d.getVersion());
    }
}
