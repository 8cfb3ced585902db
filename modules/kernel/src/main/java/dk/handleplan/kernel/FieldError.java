package dk.handleplan.kernel;

/** One invalid field of a request: its path in the request body (e.g. "timeFrame.end") and why. */
public record FieldError(String field, String message) {
}
