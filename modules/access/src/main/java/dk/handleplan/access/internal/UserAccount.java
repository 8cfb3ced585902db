package dk.handleplan.access.internal;

import dk.handleplan.kernel.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A sign-in account. Deactivated, never deleted, so the audit trail keeps its name. */
@Entity
@Table(name = "acc_user")
public class UserAccount extends TrackedEntity {

    @Id
    @SequenceGenerator(name = "acc_user_seq", sequenceName = "acc_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "acc_user_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "person_id")
    private Long personId;

    @Column(nullable = false)
    private boolean administrator;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    protected UserAccount() {
    }

    public UserAccount(String username, Long personId, boolean administrator) {
        this.username = username;
        this.personId = personId;
        this.administrator = administrator;
    }

    /** A new password; {@code temporary} ones must be changed at the next sign-in. */
    public void setPassword(String hash, boolean temporary) {
        this.passwordHash = hash;
        this.mustChangePassword = temporary;
    }

    /** True while a lock from repeated failed sign-ins lasts. */
    public boolean isLocked(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Lifts a lock from failed sign-ins (an administrator reset the password). */
    public void unlock() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public OffsetDateTime getLockedUntil() {
        return lockedUntil;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    protected String kind() {
        return "User";
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Long getPersonId() {
        return personId;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }
}
