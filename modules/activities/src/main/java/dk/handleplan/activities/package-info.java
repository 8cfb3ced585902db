/**
 * Activities (Hvad, Hvornår, Dokumentation, Hvem): what is done for each goal, its time frame
 * (exact dates or fuzzy periods), how progress is documented, who is responsible (persons and/or
 * roles), its status, and dated progress notes. API: {@link dk.handleplan.activities.ActivityService}
 * and its records. Depends on goals (and, through them, themes and people). Tables: {@code act_*}.
 */
package dk.handleplan.activities;
