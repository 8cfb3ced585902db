package dk.handleplan.kernel;

/** The element does not exist (or, later, is not visible to the caller). */
public class NotFoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String kind, Object id) {
        super(kind + " " + id + " does not exist");
    }

    @Override
    public String title() {
        return "Not found";
    }
}
