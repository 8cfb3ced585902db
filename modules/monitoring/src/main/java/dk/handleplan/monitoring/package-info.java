/**
 * Monitoring: the quarterly staff figures of a department (headcount, days employed, leavers, sick
 * and parental-leave days, planned and temp hours) and the key figures computed from them: staff
 * turnover, sick leave by the Tilbudsportalen method and by the municipal benchmark method, and the
 * temp-hour share, with their status against a target or benchmark. The formulas and worked examples
 * are in docs/monitoring.md. Depends on the kernel only (so far).
 */
package dk.handleplan.monitoring;
