package dk.handleplan.kernel;

/**
 * Root of the errors a module reports for a request it cannot carry out. The web layer turns each
 * subclass into one RFC 9457 problem answer, so domain code never knows about HTTP.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected DomainException(String message) {
        super(message);
    }

    /** A short, stable, human-readable summary of the kind of problem (the problem "title"). */
    public abstract String title();
}
