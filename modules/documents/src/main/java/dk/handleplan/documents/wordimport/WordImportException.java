package dk.handleplan.documents.wordimport;

import dk.handleplan.kernel.DomainException;

/** The file cannot be imported at all; the message says why, in Danish, for the user. */
public class WordImportException extends DomainException {

    private static final long serialVersionUID = 1L;

    public WordImportException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Word file not imported";
    }
}
