package dk.handleplan.audit;

import java.time.OffsetDateTime;

/**
 * One line of the audit trail: who did what, when, to which element of which offer; for a change,
 * the field with its old and new value (values cut at 4,000 characters).
 */
public record AuditEntry(Long id, OffsetDateTime occurredAt, String username, String action, Long offerId,
        String elementType, Long elementId, String field, String oldValue, String newValue) {
}
