package dk.handleplan.app.security;

import dk.handleplan.app.persistence.DataGeneration;
import dk.handleplan.app.rest.DatabaseUnavailable;
import dk.handleplan.access.SignInResult;
import dk.handleplan.access.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Signs callers in against the application's accounts. Failed attempts are slowed down (a quarter
 * second per failure in a row, at most two seconds), for unknown usernames too, so the delay does not
 * tell which names exist; the fifth failure in a row locks an account for a while, which is logged.
 * Every failure is written to the audit trail; names that are not accounts are not stored (they may be
 * a mistyped password).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());
    private static final long DELAY_PER_FAILURE_MS = 250;
    private static final long MAX_DELAY_MS = 2000;
    private static final int MAX_REMEMBERED_UNKNOWN = 10_000;

    @Inject
    UserService users;

    @Inject
    AuditTrail audit;

    /** Passwords checked recently (HTTP Basic sends one with every request). */
    private final VerifiedSignIns verified = new VerifiedSignIns();

    /** Failures in a row per unknown username, so they are slowed down like real accounts. */
    private final ConcurrentMap<String, Integer> unknownFailures = new ConcurrentHashMap<>();

    /** Whether the last check on this thread was refused because the name is locked out. */
    private static final ThreadLocal<Boolean> LOCKED_OUT = new ThreadLocal<>();

    /**
     * True when the sign-in just checked on this thread was refused because the name is locked out:
     * an account locked after {@value UserService#MAX_FAILED_SIGN_INS} failures in a row, or an unknown
     * name that failed as often (so the answer does not tell which names exist). Read once: clears it.
     */
    public boolean lockedOut() {
        boolean locked = Boolean.TRUE.equals(LOCKED_OUT.get());
        LOCKED_OUT.remove();
        return locked;
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LOCKED_OUT.remove();
        VerifiedSignIns.SignedIn remembered = verified.ifVerified(given.getCaller(), given.getPassword().getValue());
        if (remembered != null) {
            record(remembered.username(), "SIGN_IN", true);
            return new CredentialValidationResult(remembered.username(), remembered.groups());
        }
        long accessGeneration = DataGeneration.access();
        SignInResult result;
        try {
            result = users.signIn(given.getCaller(), given.getPassword().getValue());
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.explains(e, "sign-in")) {
                throw e; // answered 503 by HandleplanAuthentication, not taken for a wrong password
            }
            LOG.log(Level.SEVERE, "Sign-in could not be checked", e);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (result.ok()) {
            verified.remember(given.getCaller(), given.getPassword().getValue(),
                    new VerifiedSignIns.SignedIn(result.username(), Set.copyOf(result.groups())), accessGeneration);
            record(result.username(), "SIGN_IN", true);
            return new CredentialValidationResult(result.username(), result.groups());
        }
        int failures = result.failedInARow();
        switch (result.outcome()) {
            case LOCKED_NOW -> {
                LOG.warning(() -> "Account '" + result.username() + "' locked for " + UserService.LOCK.toMinutes()
                        + " minutes after " + UserService.MAX_FAILED_SIGN_INS + " failed sign-ins in a row");
                record(result.username(), "SIGN_IN_LOCKED", false);
            }
            case LOCKED -> record(result.username(), "SIGN_IN_REFUSED_LOCKED", false);
            case UNKNOWN_USER -> {
                if (unknownFailures.size() > MAX_REMEMBERED_UNKNOWN) {
                    unknownFailures.clear();
                }
                failures = unknownFailures.merge(given.getCaller(), 1, Integer::sum);
                record(null, "SIGN_IN_FAILED_UNKNOWN_USER", false);
            }
            default -> record(result.username(), "SIGN_IN_FAILED", false);
        }
        boolean locked = result.outcome() == SignInResult.Outcome.LOCKED
                || result.outcome() == SignInResult.Outcome.LOCKED_NOW
                || (result.outcome() == SignInResult.Outcome.UNKNOWN_USER && failures >= UserService.MAX_FAILED_SIGN_INS);
        if (locked) {
            LOCKED_OUT.set(Boolean.TRUE);
        }
        slowDown(failures);
        return CredentialValidationResult.INVALID_RESULT;
    }

    private void record(String username, String action, boolean success) {
        try {
            if (success) {
                audit.signedIn(username);
            } else {
                audit.signIn(username, action);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not record " + action + " in the audit trail", e);
        }
    }

    private static void slowDown(int failures) {
        try {
            Thread.sleep(Math.min(MAX_DELAY_MS, DELAY_PER_FAILURE_MS * Math.max(1, failures)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
