package dk.handleplan.access;

import dk.handleplan.access.internal.UserAccount;
import dk.handleplan.kernel.ConflictException;
import dk.handleplan.kernel.Lookup;
import dk.handleplan.kernel.ValidationException;
import dk.handleplan.people.PersonService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sign-in accounts. Passwords are stored as PBKDF2 hashes (PBKDF2WithHmacSHA256, salted); the
 * application's identity store signs callers in through {@link #signIn}.
 */
@ApplicationScoped
@Transactional
public class UserService {

    public static final int MIN_PASSWORD = 12;
    public static final int MAX_PASSWORD = 200;
    public static final String GROUP_USER = "USER";
    public static final String GROUP_ADMINISTRATOR = "ADMINISTRATOR";
    /** Wrong passwords in a row that lock an account. */
    public static final int MAX_FAILED_SIGN_INS = 5;
    /** How long such a lock lasts. */
    public static final Duration LOCK = Duration.ofMinutes(15);

    /**
     * Hash parameters; the identity store reads iterations and salt from each stored hash, so they
     * can be raised later without touching existing accounts.
     */
    public static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "20000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "handleplan")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    PersonService persons;

    @Inject
    Clock clock;

    private volatile String dummyHash;

    void initHash() {
        hash.initialize(HASH_PARAMETERS);
    }

    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    public List<UserView> list() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class).getResultList()
                .stream().map(UserService::view).toList();
    }

    public UserView get(long id) {
        return view(user(id));
    }

    public Optional<UserView> byUsername(String username) {
        return find(username).map(UserService::view);
    }

    /** Creates an account whose password must be changed at first sign-in (unless {@code temporary} is false). */
    public UserView create(@NotNull @Valid UserInput input, boolean temporary) {
        if (find(input.username()).isPresent()) {
            throw ConflictException.of("Username taken", "There is already a user called " + input.username());
        }
        if (input.personId() != null) {
            persons.requireActivePersons(List.of(input.personId()), "personId");
        }
        UserAccount user = new UserAccount(input.username(), input.personId(), input.administrator());
        user.setPassword(hashed(input.password()), temporary);
        em.persist(user);
        em.flush();
        return view(user);
    }

    public UserView create(@NotNull @Valid UserInput input) {
        return create(input, true);
    }

    public UserView setActive(long id, boolean active) {
        UserAccount user = user(id);
        if (!active && user.isAdministrator() && user.isActive() && em.createQuery("select count(u) from UserAccount u"
                + " where u.administrator = true and u.active = true", Long.class).getSingleResult() <= 1) {
            throw ConflictException.of("Last administrator", "The last active administrator cannot be deactivated.");
        }
        user.setActive(active);
        em.flush();
        return view(user);
    }

    /** An administrator sets a temporary password; the user must change it at the next sign-in. */
    public UserView resetPassword(long id, String newPassword) {
        checkStrength(newPassword, "password");
        UserAccount user = user(id);
        user.setPassword(hashed(newPassword), true);
        user.unlock(); // a reset also lifts a lock
        em.flush();
        return view(user);
    }

    /** The signed-in user changes their own password. */
    public UserView changeOwnPassword(String username, @NotNull @Valid PasswordChange change) {
        UserAccount user = find(username).orElseThrow(() -> ValidationException.of("username", "unknown user"));
        initHash();
        if (!hash.verify(change.currentPassword().toCharArray(), user.getPasswordHash())) {
            throw ValidationException.of("currentPassword", "is not your current password");
        }
        if (change.currentPassword().equals(change.newPassword())) {
            throw ValidationException.of("newPassword", "must differ from the current password");
        }
        user.setPassword(hashed(change.newPassword()), false);
        em.flush();
        return view(user);
    }

    /**
     * Checks a sign-in. Wrong passwords are counted per account; the {@link #MAX_FAILED_SIGN_INS}th in
     * a row locks the account for {@link #LOCK} (the lock also refuses the right password). An
     * unknown or inactive username is checked against a dummy hash so its answer takes as long.
     */
    public SignInResult signIn(String username, char[] password) {
        initHash();
        Optional<UserAccount> found = find(username).filter(UserAccount::isActive);
        if (found.isEmpty()) {
            hash.verify(password, dummyHash());
            return new SignInResult(SignInResult.Outcome.UNKNOWN_USER, null, Set.of(), 0);
        }
        UserAccount user = found.get();
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean passwordRight = hash.verify(password, user.getPasswordHash()); // also when locked: same cost
        if (user.isLocked(now)) {
            return new SignInResult(SignInResult.Outcome.LOCKED, username, Set.of(), MAX_FAILED_SIGN_INS);
        }
        if (!passwordRight) {
            // Bulk updates, not the versioned entity: parallel guesses must all be counted, never conflict.
            em.createQuery("update UserAccount u set u.failedSignIns = u.failedSignIns + 1 where u.id = :id")
                    .setParameter("id", user.getId()).executeUpdate();
            int failures = em.createQuery("select u.failedSignIns from UserAccount u where u.id = :id", Integer.class)
                    .setParameter("id", user.getId()).getSingleResult();
            boolean lockedNow = failures >= MAX_FAILED_SIGN_INS && em.createQuery("update UserAccount u"
                    + " set u.failedSignIns = 0, u.lockedUntil = :until where u.id = :id"
                    + " and u.failedSignIns >= :max").setParameter("until", now.plus(LOCK))
                    .setParameter("id", user.getId()).setParameter("max", MAX_FAILED_SIGN_INS).executeUpdate() == 1;
            return new SignInResult(lockedNow ? SignInResult.Outcome.LOCKED_NOW
                    : SignInResult.Outcome.WRONG_CREDENTIALS, username, Set.of(), failures);
        }
        if (user.getFailedSignIns() > 0 || user.getLockedUntil() != null) {
            em.createQuery("update UserAccount u set u.failedSignIns = 0, u.lockedUntil = null where u.id = :id")
                    .setParameter("id", user.getId()).executeUpdate();
        }
        return new SignInResult(SignInResult.Outcome.SIGNED_IN, username, groups(user), 0);
    }

    /**
     * Signs in a caller whose identity an external identity provider (OpenID Connect) has vouched
     * for: the account must exist, be active and not be locked; its password plays no part.
     */
    public SignInResult signInExternal(String username) {
        Optional<UserAccount> found = find(username).filter(UserAccount::isActive);
        if (found.isEmpty()) {
            return new SignInResult(SignInResult.Outcome.UNKNOWN_USER, null, Set.of(), 0);
        }
        UserAccount user = found.get();
        if (user.isLocked(OffsetDateTime.now(clock))) {
            return new SignInResult(SignInResult.Outcome.LOCKED, username, Set.of(), MAX_FAILED_SIGN_INS);
        }
        return new SignInResult(SignInResult.Outcome.SIGNED_IN, username, groups(user), 0);
    }

    private static Set<String> groups(UserAccount user) {
        return user.isAdministrator() ? Set.of(GROUP_USER, GROUP_ADMINISTRATOR) : Set.of(GROUP_USER);
    }

    private String dummyHash() {
        String current = dummyHash;
        if (current == null) {
            current = hash.generate(randomPassword().toCharArray());
            dummyHash = current;
        }
        return current;
    }

    /** A random password of 20 characters from an alphabet without look-alike characters. */
    public static String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private String hashed(String password) {
        initHash();
        return hash.generate(password.toCharArray());
    }

    private static void checkStrength(String password, String field) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw ValidationException.of(field, "must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters long");
        }
    }


    private Optional<UserAccount> find(String username) {
        return em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", username).getResultList().stream().findFirst();
    }

    private UserAccount user(long id) {
        return Lookup.require(em, UserAccount.class, id, "User");
    }

    private static UserView view(UserAccount u) {
        return new UserView(u.getId(), u.getUsername(), u.getPersonId(), u.isAdministrator(), u.isActive(),
                u.isMustChangePassword(), u.getVersion());
    }
}
