package dk.handleplan.access;

import dk.handleplan.access.internal.SupervisorGrant;
import dk.handleplan.kernel.Lookup;
import dk.handleplan.kernel.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Time-limited, read-only access of supervisor (tilsyn) accounts to offers. */
@ApplicationScoped
@Transactional
public class SupervisorGrantService {

    /** The longest a supervisor's access may run in one grant. */
    public static final int MAX_DAYS = 366;

    @PersistenceContext(unitName = "handleplan")
    EntityManager em;

    @Inject
    UserService users;

    @Inject
    Clock clock;

    public SupervisorGrantView grant(long offerId, @NotNull @Valid SupervisorGrantInput input, String grantedBy) {
        UserView user = users.byUsername(input.username()).filter(u -> !u.administrator() && u.personId() == null)
                .orElseThrow(() -> ValidationException.of("username", "there is no supervisor account of that name"));
        LocalDate today = LocalDate.now(clock);
        if (input.validUntil().isBefore(today) || input.validUntil().isAfter(today.plusDays(MAX_DAYS))) {
            throw ValidationException.of("validUntil", "must lie between today and " + MAX_DAYS + " days ahead");
        }
        SupervisorGrant grant = new SupervisorGrant(user.username(), offerId, input.validUntil(), grantedBy);
        em.persist(grant);
        em.flush();
        return view(grant);
    }

    public List<SupervisorGrantView> ofOffer(long offerId) {
        return em.createQuery("select g from SupervisorGrant g where g.offerId = :offer and g.archived = false"
                + " order by g.validUntil desc", SupervisorGrant.class).setParameter("offer", offerId)
                .getResultList().stream().map(SupervisorGrantService::view).toList();
    }

    public SupervisorGrantView get(long id) {
        return view(Lookup.require(em, SupervisorGrant.class, id, "Supervisor access"));
    }

    public SupervisorGrantView revoke(long id) {
        SupervisorGrant grant = Lookup.require(em, SupervisorGrant.class, id, "Supervisor access");
        grant.archive();
        em.flush();
        return view(grant);
    }

    /** The offers a user may read as supervisor today. */
    public Set<Long> offersReadableToday(String username) {
        return em.createQuery("select g.offerId from SupervisorGrant g where g.username = :user"
                + " and g.archived = false and g.validUntil >= :today", Long.class)
                .setParameter("user", username).setParameter("today", LocalDate.now(clock))
                .getResultList().stream().collect(Collectors.toSet());
    }

    private static SupervisorGrantView view(SupervisorGrant g) {
        return new SupervisorGrantView(g.getId(), g.getUsername(), g.getOfferId(), g.getValidUntil(),
                g.getGrantedBy(), g.isArchived(), g.getVersion());
    }
}
