package dk.handleplan.people;

/** A department (afdeling, house) of an offer. */
public record DepartmentView(long id, long offerId, String name, boolean archived, long version) {
}
