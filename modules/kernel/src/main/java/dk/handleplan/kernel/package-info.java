/**
 * The shared kernel: what every domain module speaks. Domain errors (turned into problem+json by the
 * web layer), the documented text limits, the tracked-entity base (version, archive flag,
 * timestamps), and the time frame value objects (exact dates and fuzzy periods with their Danish
 * wording). Depends on nothing but the Jakarta EE API.
 */
package dk.handleplan.kernel;
