package dk.handleplan.app.security;

import dk.handleplan.access.SupervisorGrantService;
import dk.handleplan.access.UserService;
import dk.handleplan.access.UserView;
import dk.handleplan.app.persistence.DataGeneration;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * What {@link Caller} needs to know about an account (the account itself, the roles its person holds
 * in offers, its supervisor access today), read once and remembered: three or four queries that every
 * signed-in request would otherwise repeat. An entry counts only at the access generation
 * ({@link DataGeneration#access()}: any write to the accounts, supervisor grants, people or roles) and
 * on the day it was read (grants end with a date), so a deactivation, a role given or ended and a grant
 * given or withdrawn count from the very next request. Other writes (notes, plans) leave it standing.
 * An entry is also read again after {@link VerifiedSignIns#LIFETIME} at the latest, so a change made
 * outside the application (an administrator's SQL) counts within minutes, not never.
 */
@ApplicationScoped
public class CallerAccess {

    /** The account and what it may reach; {@code user} is null for an unknown or deactivated account. */
    record Access(UserView user, Map<Long, Set<OrganisationRole>> rolesByOffer, Set<Long> supervised) {
        static final Access NONE = new Access(null, Map.of(), Set.of());
    }

    private record Remembered(long accessGeneration, LocalDate day, long readAtNanos, Access access) {
    }

    /** Entries are small (ids and roles); beyond this many accounts, start again rather than grow. */
    private static final int MAX_ACCOUNTS = 10_000;

    private final ConcurrentMap<String, Remembered> remembered = new ConcurrentHashMap<>();

    @Inject
    UserService users;
    @Inject
    PersonService persons;
    @Inject
    SupervisorGrantService grants;
    @Inject
    Clock clock;

    Access of(String username) {
        if (!DataGeneration.cachingSafe() || DataGeneration.accessWrittenInThisTransaction()) {
            // A write that could not be followed to its commit, or this transaction's own uncommitted
            // change: read, and keep it to itself.
            return read(username);
        }
        // Read before the account is: a write while reading moves the generation away from this entry
        // (once when it is sent and once after its commit).
        long generation = DataGeneration.access();
        LocalDate today = LocalDate.now(clock);
        Remembered known = remembered.get(username);
        if (known != null && known.accessGeneration() == generation && known.day().equals(today)
                && System.nanoTime() - known.readAtNanos() <= VerifiedSignIns.LIFETIME.toNanos()) {
            return known.access();
        }
        long readAt = System.nanoTime();
        Access access = read(username);
        if (remembered.size() >= MAX_ACCOUNTS) {
            remembered.clear();
        }
        remembered.put(username, new Remembered(generation, today, readAt, access));
        return access;
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
