package dk.handleplan.app.security;

import dk.handleplan.access.SupervisorGrantService;
import dk.handleplan.access.UserService;
import dk.handleplan.access.UserView;
import dk.handleplan.app.persistence.DataGeneration;
import dk.handleplan.app.persistence.GenerationCache;
import dk.handleplan.people.OrganisationRole;
import dk.handleplan.people.PersonService;
import dk.handleplan.people.RoleView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link Caller} needs to know about an account (the account itself, the roles its person holds
 * in offers, its supervisor access today), read once and kept while nothing it is made of changes:
 * three or four queries that every signed-in request would otherwise repeat. An entry counts only at
 * the data generation (roles live with the people), the accounts' generation (the account and the
 * supervisor grants, {@link DataGeneration#accounts()}) and the day it was read at, so a deactivation,
 * a new role or a grant that ends is seen by the very next request.
 */
@ApplicationScoped
public class CallerAccess {

    /** The account and what it may reach; {@code user} is null for an unknown or deactivated account. */
    record Access(UserView user, Map<Long, Set<OrganisationRole>> rolesByOffer, Set<Long> supervised) {
        static final Access NONE = new Access(null, Map.of(), Set.of());
    }

    private record Key(String username, long accountsGeneration) {
    }

    /** Entries are small (ids and roles); one per account that has been active lately. */
    private final GenerationCache<Key, Access> cache = new GenerationCache<>(2_000);

    @Inject
    UserService users;
    @Inject
    PersonService persons;
    @Inject
    SupervisorGrantService grants;
    @Inject
    Clock clock;

    Access of(String username) {
        // Read before the account is read: a write to it while reading moves the key away from this entry.
        Key key = new Key(username, DataGeneration.accounts());
        return cache.get(key, LocalDate.now(clock), () -> read(username));
    }

    private Access read(String username) {
        Optional<UserView> found = users.byUsername(username);
        if (found.isEmpty() || !found.get().active()) {
            return Access.NONE;
        }
        UserView user = found.get();
        Map<Long, Set<OrganisationRole>> rolesByOffer = new HashMap<>();
        if (user.personId() != null) {
            for (RoleView role : persons.roles(user.personId())) {
                rolesByOffer.computeIfAbsent(role.offerId(), k -> EnumSet.noneOf(OrganisationRole.class))
                        .add(role.role());
            }
        }
        Map<Long, Set<OrganisationRole>> frozen = new HashMap<>();
        rolesByOffer.forEach((offer, roles) -> frozen.put(offer, Set.copyOf(roles)));
        return new Access(user, Map.copyOf(frozen), Set.copyOf(grants.offersReadableToday(user.username())));
    }
}
