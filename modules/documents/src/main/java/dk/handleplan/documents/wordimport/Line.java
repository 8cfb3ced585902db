package dk.handleplan.documents.wordimport;

/**
 * One paragraph (or line, where a paragraph holds line breaks) of a cell, with the formatting that
 * carries meaning in plans.
 *
 * @param struck every visible character is struck through
 * @param green some visible character is green (added or changed at the last update)
 * @param italic every visible character is italic
 */
record Line(String text, boolean struck, boolean green, boolean italic) {

    static Line plain(String text) {
        return new Line(text, false, false, false);
    }
}
