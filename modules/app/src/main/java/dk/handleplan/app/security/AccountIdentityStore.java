package dk.handleplan.app.security;

import dk.handleplan.access.SignInResult;
import dk.handleplan.access.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.logging.Logger;

/**
 * Signs callers in against the application's accounts. Failed attempts are slowed down (a quarter
 * second per failure in a row, at most two seconds) and the fifth in a row locks the account for a
 * while; the lock is logged. Every outcome is written to the audit trail.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(AccountIdentityStore.class.getName());
    private static final long DELAY_PER_FAILURE_MS = 250;
    private static final long MAX_DELAY_MS = 2000;

    @Inject
    UserService users;

    @Inject
    AuditTrail audit;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignInResult result = users.signIn(given.getCaller(), given.getPassword().getValue());
        switch (result.outcome()) {
            case SIGNED_IN -> {
                audit.signedIn(result.username());
                return new CredentialValidationResult(result.username(), result.groups());
            }
            case LOCKED_NOW -> {
                LOG.warning(() -> "Account '" + result.username() + "' locked for " + UserService.LOCK.toMinutes()
                        + " minutes after " + UserService.MAX_FAILED_SIGN_INS + " failed sign-ins in a row");
                audit.signIn(result.username(), "SIGN_IN_LOCKED");
            }
            case LOCKED -> audit.signIn(result.username(), "SIGN_IN_REFUSED_LOCKED");
            default -> audit.signIn(result.username(), "SIGN_IN_FAILED");
        }
        slowDown(result.failedInARow());
        return CredentialValidationResult.INVALID_RESULT;
    }

    private static void slowDown(int failures) {
        try {
            Thread.sleep(Math.min(MAX_DELAY_MS, DELAY_PER_FAILURE_MS * Math.max(1, failures)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
