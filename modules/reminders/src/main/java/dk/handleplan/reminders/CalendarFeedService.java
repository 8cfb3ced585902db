package dk.handleplan.reminders;

import dk.handleplan.access.UserService;
import dk.handleplan.access.UserView;
import dk.handleplan.kernel.ConflictException;
import dk.handleplan.kernel.NotFoundException;
import dk.handleplan.reminders.internal.FeedTokenEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Personal calendar feeds. Each account linked to a person may have one secret feed address; its
 * token (256 random bits, URL-safe Base64) is shown once, when it is made, and only its SHA-256 hash
 * is stored, so a copy of the database does not open anyone's feed. Renewing replaces the token: the
 * old address stops working at once.
 */
@ApplicationScoped
@Transactional
public class CalendarFeedService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    @PersistenceContext(unitName = "handleplan")
    EntityManager em;

    @Inject
    UserService users;

    @Inject
    ResponsibleDeadlines deadlines;

    @Inject
    Clock clock;

    /** Whether the user has a feed address, and since when; never the token. */
    public FeedToken status(String username) {
        UserView user = withPerson(username);
        return entry(user.id()).map(e -> new FeedToken(true, e.getCreatedAt(), null))
                .orElse(new FeedToken(false, null, null));
    }

    /** Makes a new feed token for the user (replacing any old one) and returns it, this once. */
    public FeedToken renew(String username) {
        UserView user = withPerson(username);
        String token = newToken();
        OffsetDateTime now = OffsetDateTime.now(clock);
        FeedTokenEntry entry = entry(user.id()).orElse(null);
        if (entry == null) {
            entry = new FeedTokenEntry(user.id());
            entry.replace(hash(token), now);
            em.persist(entry);
        } else {
            entry.replace(hash(token), now);
        }
        em.flush();
        return new FeedToken(true, now, token);
    }

    /** Removes the user's feed address: it stops working. */
    public FeedToken revoke(String username) {
        UserView user = withPerson(username);
        entry(user.id()).ifPresent(em::remove);
        em.flush();
        return new FeedToken(false, null, null);
    }

    /**
     * The iCalendar feed behind a token. An unknown or malformed token, or one of an account that is
     * deactivated or no longer linked to a person, is "not found".
     */
    public String feed(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new NotFoundException("Calendar", "?");
        }
        FeedTokenEntry entry = em.createQuery("select t from FeedTokenEntry t where t.tokenHash = :hash",
                FeedTokenEntry.class).setParameter("hash", hash(token)).getResultList().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Calendar", "?"));
        UserView user = users.get(entry.getUserId());
        if (!user.active() || user.personId() == null) {
            throw new NotFoundException("Calendar", "?");
        }
        PersonDeadlines person = deadlines.ofPerson(user.personId());
        return FeedWriter.write(person.name(), person.items(), clock.getZone());
    }

    private UserView withPerson(String username) {
        UserView user = users.byUsername(username).orElseThrow(() -> new NotFoundException("User", username));
        if (user.personId() == null) {
            throw ConflictException.of("No person", "Your account is not linked to a person, so no deadlines are"
                    + " yours: an administrator can create an account linked to your person.");
        }
        return user;
    }

    private Optional<FeedTokenEntry> entry(long userId) {
        return em.createQuery("select t from FeedTokenEntry t where t.userId = :user", FeedTokenEntry.class)
                .setParameter("user", userId).getResultList().stream().findFirst();
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
