package dk.handleplan.people;

/** A role a person holds in an offer (departmentId null) or a department. */
public record RoleView(long id, long personId, OrganisationRole role, String roleLabel, long offerId,
        Long departmentId, boolean archived, long version) {
}
