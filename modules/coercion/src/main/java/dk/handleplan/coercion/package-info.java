/**
 * Coercion (magtanvendelse): that a coercive measure happened in a department of an offer, when it was
 * registered and reported to the acting municipality and the socialtilsyn, and its follow-up (the
 * conversation with the resident, the staff debrief, the leader's assessment and learning, the
 * municipality's assessment, an action in the plan). It does not replace Social- og Boligstyrelsen's
 * mandatory forms. Residents are referred to by pseudonym only, never by CPR number. The kinds of
 * measure are versioned reference data; the deadlines per rule set ({@link dk.handleplan.coercion.RuleSet})
 * come from {@link dk.handleplan.coercion.CoercionSettings}; old cases are reduced to what the
 * statistics need ({@link dk.handleplan.coercion.CoercionService#reduceExpired()}). Who may see details
 * is the web layer's rule (docs/coercion.md, docs/security.md).
 * <p>
 * Depends on people (offers, departments, roles) and on monitoring for its {@code Quarter}; an action
 * in the plan is referred to by activity id, which the application checks. Tables: {@code coe_*}.
 */
package dk.handleplan.coercion;
