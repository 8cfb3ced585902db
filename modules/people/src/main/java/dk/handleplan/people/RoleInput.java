package dk.handleplan.people;

import jakarta.validation.constraints.NotNull;

/** Gives a person a role in an offer, or in one department of it. */
public record RoleInput(@NotNull OrganisationRole role, @NotNull Long offerId, Long departmentId) {
    /**
     * Declared so the record's constraints stay on its fields only: Payara's OpenAPI scanner fails on
     * constraint annotations on constructor parameters (payara/Payara#7649).
     */
    public RoleInput(OrganisationRole role, Long offerId, Long departmentId) {
        this.role = role;
        this.offerId = offerId;
        this.departmentId = departmentId;
    }
}
