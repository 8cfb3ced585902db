package dk.handleplan.app.rest;

import dk.handleplan.kernel.FieldError;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} lists invalid fields (validation only);
 * {@code correlationId} is set on unexpected errors and also written to the log.
 */
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors, String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(Response.StatusType status, String title, String detail) {
        return new Problem("about:blank", title, status.getStatusCode(), detail, null, null, null);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors, correlationId);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, correlationId);
    }

    public Problem withCorrelationId(String id) {
        return new Problem(type, title, status, detail, instance, errors, id);
    }

    /** The response: serialised here so the problem media type never depends on provider selection. */
    public Response response() {
        return Response.status(status).type(MEDIA_TYPE).entity(JsonConfig.jsonb().toJson(this)).build();
    }
}
