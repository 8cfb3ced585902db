package dk.handleplan.app.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.handleplan.app.persistence.DataGeneration;
import dk.handleplan.app.persistence.DataGenerationAccess;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedSignInsTest {

    private static final VerifiedSignIns.SignedIn JONAS = new VerifiedSignIns.SignedIn("jonas", Set.of("user"));

    @Test
    void onlyTheSamePasswordOfTheSameNameMatches() {
        VerifiedSignIns verified = new VerifiedSignIns();
        verified.remember("jonas", "rigtigt-kodeord".toCharArray(), JONAS, DataGeneration.access());
        assertEquals(JONAS, verified.ifVerified("jonas", "rigtigt-kodeord".toCharArray()));
        assertNull(verified.ifVerified("jonas", "forkert-kodeord".toCharArray()));
        assertNull(verified.ifVerified("jonas", "rigtigt-kodeor".toCharArray()));
        assertNull(verified.ifVerified("nanna", "rigtigt-kodeord".toCharArray()));
    }

    @Test
    void aWriteToTheAccountsEndsEveryRememberedSignIn() {
        VerifiedSignIns verified = new VerifiedSignIns();
        long before = DataGeneration.access();
        verified.remember("jonas", "rigtigt-kodeord".toCharArray(), JONAS, before);
        DataGenerationAccess.writeOutsideATransaction();
        assertNull(verified.ifVerified("jonas", "rigtigt-kodeord".toCharArray()));
    }

    @Test
    void aSignInCheckedBeforeAConcurrentWriteIsNotRemembered() {
        VerifiedSignIns verified = new VerifiedSignIns();
        long readBeforeTheCheck = DataGeneration.access();
        DataGenerationAccess.writeOutsideATransaction(); // e.g. a lock-out committed during the check
        verified.remember("jonas", "rigtigt-kodeord".toCharArray(), JONAS, readBeforeTheCheck);
        assertNull(verified.ifVerified("jonas", "rigtigt-kodeord".toCharArray()));
    }
}
