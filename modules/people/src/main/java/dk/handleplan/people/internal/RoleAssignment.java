package dk.handleplan.people.internal;

import dk.handleplan.kernel.TrackedEntity;
import dk.handleplan.people.OrganisationRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A person holds a role in an offer, or in one department of it. Archived when it ends. */
@Entity
@Table(name = "ppl_role_assignment")
public class RoleAssignment extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "ppl_role_assignment_seq", sequenceName = "ppl_role_assignment_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ppl_role_assignment_seq")
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OrganisationRole role;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private long offerId;

    @Column(name = "department_id", updatable = false)
    private Long departmentId;

    protected RoleAssignment() {
    }

    public RoleAssignment(long personId, OrganisationRole role, long offerId, Long departmentId) {
        this.personId = personId;
        this.role = role;
        this.offerId = offerId;
        this.departmentId = departmentId;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    protected String kind() {
        return "Role assignment";
    }

    public long getPersonId() {
        return personId;
    }

    public OrganisationRole getRole() {
        return role;
    }

    public long getOfferId() {
        return offerId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }
}
