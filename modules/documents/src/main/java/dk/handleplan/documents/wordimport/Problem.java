package dk.handleplan.documents.wordimport;

/**
 * Something the import read but could not understand, for the user to check in the draft.
 *
 * @param row the row's number in the plan table as Word shows it (1 = the table's first row, header
 *        rows included, counting on through appended tables); 0 for the document as a whole
 * @param column the column's Danish name ("Hvornår"), or null
 * @param text the text concerned, as typed, or null
 * @param message what is wrong, in Danish, for the user
 */
public record Problem(int row, String column, String text, String message) {
}
