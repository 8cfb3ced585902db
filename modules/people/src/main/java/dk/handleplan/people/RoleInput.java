package dk.handleplan.people;

import jakarta.validation.constraints.NotNull;

/** Gives a person a role in an offer, or in one department of it. */
public record RoleInput(@NotNull OrganisationRole role, @NotNull Long offerId, Long departmentId) {
}
