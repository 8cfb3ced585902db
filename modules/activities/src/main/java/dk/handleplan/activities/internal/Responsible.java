package dk.handleplan.activities.internal;

import dk.handleplan.people.OrganisationRole;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One responsible of an activity: a named person or a role, never both. */
@Embeddable
public class Responsible {

    @Column(name = "person_id")
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private OrganisationRole role;

    protected Responsible() {
    }

    public Responsible(Long personId, OrganisationRole role) {
        this.personId = personId;
        this.role = role;
    }

    public Long getPersonId() {
        return personId;
    }

    public OrganisationRole getRole() {
        return role;
    }
}
