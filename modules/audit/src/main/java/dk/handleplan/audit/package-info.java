/**
 * The audit trail: an append-only record of who changed what and when (field, old value, new value),
 * of sign-ins and failed sign-ins, and of user administration. API:
 * {@link dk.handleplan.audit.AuditService}. Depends on the kernel only; the application decides what
 * to record. Tables: {@code aud_*}.
 */
package dk.handleplan.audit;
