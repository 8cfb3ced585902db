package dk.handleplan.kernel;

/** The caller may see the element but not do this to it (403). Invisible elements are a NotFoundException. */
public class AccessDeniedException extends DomainException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
