package dk.handleplan.access;

/** An account as administrators and the user see it; never the password hash. */
public record UserView(long id, String username, Long personId, boolean administrator, boolean active,
        boolean mustChangePassword, long version) {
}
