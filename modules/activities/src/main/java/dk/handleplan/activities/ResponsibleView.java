package dk.handleplan.activities;

import dk.handleplan.people.OrganisationRole;

/** One responsible: a person (with their name) or a role (with its Danish label in {@code name}). */
public record ResponsibleView(Long personId, OrganisationRole role, String name) {
}
