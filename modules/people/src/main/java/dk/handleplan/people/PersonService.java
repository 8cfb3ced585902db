package dk.handleplan.people;

import dk.handleplan.kernel.Lookup;
import dk.handleplan.kernel.ValidationException;
import dk.handleplan.people.internal.Person;
import dk.handleplan.people.internal.RoleAssignment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Persons and the roles they hold in offers and departments. */
@ApplicationScoped
@Transactional
public class PersonService {

    @PersistenceContext(unitName = "handleplan")
    EntityManager em;

    @Inject
    OfferService offers;

    public List<PersonView> list(boolean archived, Long offerId) {
        List<Person> persons;
        if (offerId == null) {
            persons = em.createQuery("select p from Person p where p.archived = :archived order by p.name, p.id",
                    Person.class).setParameter("archived", archived).getResultList();
        } else {
            persons = em.createQuery("select p from Person p where p.archived = :archived and p.id in"
                    + " (select r.personId from RoleAssignment r where r.offerId = :offer and r.archived = false)"
                    + " order by p.name, p.id", Person.class)
                    .setParameter("archived", archived).setParameter("offer", offerId).getResultList();
        }
        Map<Long, List<RoleView>> roles = rolesOf(persons.stream().map(Person::getId).toList());
        return persons.stream().map(p -> view(p, roles.getOrDefault(p.getId(), List.of()))).toList();
    }

    public PersonView get(long id) {
        return view(Lookup.require(em, Person.class, id, "Person"));
    }

    public PersonView create(@NotNull @Valid PersonInput input) {
        Person person = new Person(input.name(), input.email(), input.jobTitle());
        em.persist(person);
        em.flush();
        return view(person);
    }

    public PersonView update(long id, @NotNull @Valid PersonInput input) {
        Person person = Lookup.require(em, Person.class, id, "Person");
        person.checkVersion(input.version());
        person.checkActive();
        person.describe(input.name(), input.email(), input.jobTitle());
        em.flush();
        return view(person);
    }

    public PersonView archive(long id) {
        Person person = Lookup.require(em, Person.class, id, "Person");
        person.archive();
        em.flush();
        return view(person);
    }

    public PersonView restore(long id) {
        Person person = Lookup.require(em, Person.class, id, "Person");
        person.restore();
        em.flush();
        return view(person);
    }

    public RoleView assignRole(long personId, @NotNull @Valid RoleInput input) {
        Lookup.requireActive(em, Person.class, personId, "Person");
        try {
            offers.requireActiveOffer(input.offerId());
        } catch (dk.handleplan.kernel.NotFoundException e) {
            throw ValidationException.of("offerId", "offer " + input.offerId() + " does not exist");
        }
        if (input.departmentId() != null) {
            offers.requireDepartmentOf(input.offerId(), input.departmentId(), "departmentId");
        }
        RoleAssignment role = new RoleAssignment(personId, input.role(), input.offerId(), input.departmentId());
        em.persist(role);
        em.flush();
        return view(role);
    }

    public List<RoleView> roles(long personId) {
        Lookup.require(em, Person.class, personId, "Person");
        return rolesOf(List.of(personId)).getOrDefault(personId, List.of());
    }

    public RoleView role(long roleId) {
        return view(Lookup.require(em, RoleAssignment.class, roleId, "Role assignment"));
    }

    /** Ends a role: it is archived, not deleted, so history keeps who held it. */
    public RoleView endRole(long roleId) {
        RoleAssignment role = Lookup.require(em, RoleAssignment.class, roleId, "Role assignment");
        role.archive();
        em.flush();
        return view(role);
    }

    /**
     * For modules that name responsible persons: every id must be an existing, active person.
     *
     * @param field the request field named in the error
     */
    public void requireActivePersons(Collection<Long> ids, String field) {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> found = em.createQuery("select p.id from Person p where p.id in :ids and p.archived = false",
                Long.class).setParameter("ids", ids).getResultList();
        TreeSet<Long> missing = new TreeSet<>(ids);
        missing.removeAll(found);
        if (!missing.isEmpty()) {
            throw ValidationException.of(field, "no active person with id " + missing);
        }
    }

    /**
     * For plans of an offer: every id must be an active person holding an active role in that offer.
     * Anyone else is "no active person", so other offers' people cannot be probed.
     */
    public void requireActivePersonsOf(long offerId, Collection<Long> ids, String field) {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> found = em.createQuery("select p.id from Person p where p.id in :ids and p.archived = false"
                + " and p.id in (select r.personId from RoleAssignment r where r.offerId = :offer"
                + " and r.archived = false)", Long.class)
                .setParameter("ids", ids).setParameter("offer", offerId).getResultList();
        TreeSet<Long> missing = new TreeSet<>(ids);
        missing.removeAll(found);
        if (!missing.isEmpty()) {
            throw ValidationException.of(field, "no active person with id " + missing + " in this offer");
        }
    }

    /** Person names by id, archived persons included (old plans still name them). */
    public Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Person p where p.id in :ids", Person.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(Person::getId, Person::getName));
    }

    private Map<Long, List<RoleView>> rolesOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select r from RoleAssignment r where r.personId in :ids and r.archived = false"
                + " order by r.id", RoleAssignment.class)
                .setParameter("ids", personIds).getResultList().stream()
                .map(PersonService::view).collect(Collectors.groupingBy(RoleView::personId));
    }

    private PersonView view(Person person) {
        return view(person, rolesOf(List.of(person.getId())).getOrDefault(person.getId(), List.of()));
    }

    private static PersonView view(Person p, List<RoleView> roles) {
        return new PersonView(p.getId(), p.getName(), p.getEmail(), p.getJobTitle(), roles, p.isArchived(),
                p.getVersion());
    }

    private static RoleView view(RoleAssignment r) {
        return new RoleView(r.getId(), r.getPersonId(), r.getRole(), r.getRole().danish(), r.getOfferId(),
                r.getDepartmentId(), r.isArchived(), r.getVersion());
    }
}
