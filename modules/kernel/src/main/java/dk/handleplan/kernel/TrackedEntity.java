package dk.handleplan.kernel;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Base of every entity users change: an optimistic-lock version, an archive flag (nothing is
 * deleted) and change timestamps (UTC; OffsetDateTime because JPA maps it natively, Instant it does not).
 */
@MappedSuperclass
public abstract class TrackedEntity {

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    public abstract Long getId();

    /** The kind of element, used in error messages ("Activity 12 ..."). */
    protected abstract String kind();

    public long getVersion() {
        return version;
    }

    public boolean isArchived() {
        return archived;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    /** Refuses a change based on another version than the stored one. */
    public void checkVersion(Long expected) {
        if (expected == null) {
            throw ValidationException.of("version", "is required when changing an element");
        }
        if (expected != version) {
            throw ConflictException.staleVersion(kind(), getId(), expected, version);
        }
    }

    /** Refuses changes to (and additions under) an archived element. */
    public void checkActive() {
        if (archived) {
            throw ConflictException.archived(kind(), getId());
        }
    }

    public void archive() {
        archived = true;
    }

    public void restore() {
        archived = false;
    }

    @PrePersist
    void stampCreation() {
        createdAt = now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = now();
    }

    /** To the microsecond, as the databases store it: an answer shows the same time a later read does. */
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
