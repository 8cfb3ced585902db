package dk.handleplan.kernel;

/**
 * The request is well-formed but clashes with the element's current state: a stale version, or a
 * change to an archived element. Nothing was changed.
 */
public class ConflictException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final String title;

    private ConflictException(String title, String message) {
        super(message);
        this.title = title;
    }

    public static ConflictException staleVersion(String kind, Object id, long expected, long actual) {
        return new ConflictException("Stale version",
                kind + " " + id + " was changed by someone else: you sent version " + expected
                        + ", the current version is " + actual + ". Reload and apply your change again.");
    }

    public static ConflictException concurrentChange(String message) {
        return new ConflictException("Stale version", message);
    }

    public static ConflictException archived(String kind, Object id) {
        return new ConflictException("Archived element",
                kind + " " + id + " is archived; restore it before changing it or adding to it.");
    }

    public static ConflictException of(String title, String message) {
        return new ConflictException(title, message);
    }

    @Override
    public String title() {
        return title;
    }
}
