package dk.handleplan.access;

/** An administrator's reset: the temporary password the user must change at the next sign-in. */
public record PasswordReset(String password) {

    @Override
    public String toString() {
        return "PasswordReset[***]";
    }
}
