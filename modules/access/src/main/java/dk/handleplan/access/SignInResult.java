package dk.handleplan.access;

import java.util.Set;

/** The outcome of checking a username and password; {@code username} is null for an unknown user. */
public record SignInResult(Outcome outcome, String username, Set<String> groups, int failedInARow) {

    /** Why a sign-in succeeded or not. */
    public enum Outcome { SIGNED_IN, WRONG_CREDENTIALS, UNKNOWN_USER, LOCKED, LOCKED_NOW }

    public boolean ok() {
        return outcome == Outcome.SIGNED_IN;
    }
}
