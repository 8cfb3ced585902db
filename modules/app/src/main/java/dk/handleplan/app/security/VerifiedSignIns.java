package dk.handleplan.app.security;

import dk.handleplan.app.persistence.DataGeneration;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Password checks that passed, remembered for a few minutes so that an API client sending HTTP Basic
 * with every request does not pay a PBKDF2 hash (20,000 rounds, about 5 ms of CPU) each time. Only a
 * keyed digest of name and password is kept (HMAC-SHA256 under a key that exists only in this
 * process's memory), never the password; an entry counts only while no sign-in account has been
 * written since it was made ({@link DataGeneration#access()}: a password change, a lock-out, a
 * failed attempt, a deactivation all end it) and for at most {@link #LIFETIME}. A wrong password never
 * matches, so it always takes the full check, with its delay and its count towards the lock-out.
 */
final class VerifiedSignIns {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    /** A sign-in that passed: the account's own spelling of the name, and its groups. */
    record SignedIn(String username, Set<String> groups) {
    }

    private record Verified(byte[] digest, SignedIn signedIn, long accessGeneration, long verifiedAtNanos) {
    }

    private final SecretKeySpec key;
    private final ConcurrentMap<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedSignIns() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** A sign-in with this name and password that passed recently, or null. */
    SignedIn ifVerified(String username, char[] password) {
        Verified entry = verified.get(username);
        if (entry == null || !DataGeneration.cachingSafe() || entry.accessGeneration() != DataGeneration.access()
                || System.nanoTime() - entry.verifiedAtNanos() > LIFETIME.toNanos()) {
            return null;
        }
        return MessageDigest.isEqual(entry.digest(), digest(username, password)) ? entry.signedIn() : null;
    }

    /**
     * Remembers a sign-in that passed the full check, under the name as it was given.
     *
     * @param accessGeneration the access generation read before the check began
     */
    void remember(String username, char[] password, SignedIn signedIn, long accessGeneration) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(username, new Verified(digest(username, password), signedIn, accessGeneration,
                System.nanoTime()));
    }

    private byte[] digest(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password)));
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
