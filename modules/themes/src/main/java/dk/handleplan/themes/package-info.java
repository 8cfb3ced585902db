/**
 * Themes and plans: the versioned quality-model catalogue (Kvalitetsmodellen's seven themes plus
 * Økonomi), an offer's action plans (handleplan) with the supervision they answer, and the plan's
 * theme sections (the subject: what must change and why). API: {@link dk.handleplan.themes.PlanService},
 * {@link dk.handleplan.themes.SectionService}, {@link dk.handleplan.themes.ThemeCatalogueService}.
 * Depends on people (offers, departments). Tables: {@code thm_*}.
 */
package dk.handleplan.themes;
