package dk.handleplan.activities;

import dk.handleplan.people.OrganisationRole;

/** One responsible as clients send it: either {@code personId} or {@code role}, not both. */
public record ResponsibleInput(Long personId, OrganisationRole role) {
}
