/**
 * The plan as a document for Socialtilsyn: the neutral {@link dk.handleplan.documents.PlanDocument}
 * model, its writers (PDF via openhtmltopdf, Word and spreadsheet via Apache POI, CSV), the monitoring
 * appendix, and the import of an existing Word plan into a draft.
 * <p>
 * Depends on kernel (time frames, Danish time text) and charts (the embedded font) only: it writes and
 * reads whatever document it is given, so it knows no domain module and needs no database.
 */
package dk.handleplan.documents;
