package dk.handleplan.kernel;

import java.util.List;

/** The request breaks a domain rule; {@link #errors()} names each offending field. */
public class ValidationException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid request" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public String title() {
        return "Invalid request";
    }
}
