package dk.handleplan.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One line of the audit trail. Immutable: every column is written once. */
@Entity
@Table(name = "aud_event")
public class AuditEvent {

    @Id
    @SequenceGenerator(name = "aud_event_seq", sequenceName = "aud_event_seq", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "aud_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(updatable = false)
    private String username;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "offer_id", updatable = false)
    private Long offerId;

    @Column(name = "element_type", updatable = false)
    private String elementType;

    @Column(name = "element_id", updatable = false)
    private Long elementId;

    @Column(updatable = false)
    private String field;

    @Column(name = "old_value", length = 4000, updatable = false)
    private String oldValue;

    @Column(name = "new_value", length = 4000, updatable = false)
    private String newValue;

    protected AuditEvent() {
    }

    public AuditEvent(OffsetDateTime occurredAt, String username, String action, Long offerId, String elementType,
            Long elementId, String field, String oldValue, String newValue) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.action = action;
        this.offerId = offerId;
        this.elementType = elementType;
        this.elementId = elementId;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getAction() {
        return action;
    }

    public Long getOfferId() {
        return offerId;
    }

    public String getElementType() {
        return elementType;
    }

    public Long getElementId() {
        return elementId;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
