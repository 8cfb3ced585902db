package dk.handleplan.access.internal;

import dk.handleplan.kernel.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A supervisor's read-only access to one offer until a date (inclusive). Archived when revoked. */
@Entity
@Table(name = "acc_supervisor_grant")
public class SupervisorGrant extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "acc_supervisor_grant_seq", sequenceName = "acc_supervisor_grant_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acc_supervisor_grant_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private long offerId;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(name = "granted_by", nullable = false, updatable = false)
    private String grantedBy;

    protected SupervisorGrant() {
    }

    public SupervisorGrant(String username, long offerId, LocalDate validUntil, String grantedBy) {
        this.username = username;
        this.offerId = offerId;
        this.validUntil = validUntil;
        this.grantedBy = grantedBy;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    protected String kind() {
        return "Supervisor access";
    }

    public String getUsername() {
        return username;
    }

    public long getOfferId() {
        return offerId;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public String getGrantedBy() {
        return grantedBy;
    }
}
