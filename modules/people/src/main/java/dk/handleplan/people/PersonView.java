package dk.handleplan.people;

import java.util.List;

/** A person, with the roles they hold. */
public record PersonView(long id, String name, String email, String jobTitle, List<RoleView> roles,
        boolean archived, long version) {
}
