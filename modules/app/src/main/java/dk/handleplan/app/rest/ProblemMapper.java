package dk.handleplan.app.rest;

import dk.handleplan.app.export.DocumentWriters;
import dk.handleplan.app.web.ErrorPages;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;

import dk.handleplan.kernel.AccessDeniedException;
import dk.handleplan.kernel.ConflictException;
import dk.handleplan.kernel.DomainException;
import dk.handleplan.kernel.FieldError;
import dk.handleplan.kernel.NotFoundException;
import dk.handleplan.kernel.ValidationException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where every failure of the API becomes an RFC 9457 problem+json answer. Domain
 * errors keep their meaning (400, 404, 409); malformed bodies are 400; unexpected errors are a
 * 500 with a correlation id that is also logged with the stack trace, which never reaches the client.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Inject
    ErrorPages errorPages;

    @Override
    public Response toResponse(Throwable thrown) {
        return DatabaseUnavailable.retryLater(answer(problem(thrown), uriInfo, errorPages));
    }

    /** problem+json for the API; a Danish error page for the web pages. */
    static Response answer(Problem problem, UriInfo uriInfo, ErrorPages errorPages) {
        String path = uriInfo == null ? null : uriInfo.getPath();
        if (path != null && ErrorPages.isPage(path)) {
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(errorPages.render(problem.status(), problem.correlationId())).build();
        }
        return problem.at(path == null ? null : "/" + path).response();
    }

    public static Problem problem(Throwable thrown) {
        Problem found = DatabaseUnavailable.is(thrown) ? DatabaseUnavailable.problem() : known(thrown);
        if (found != null) {
            return found;
        }
        if (DatabaseUnavailable.isNow(thrown)) {
            return DatabaseUnavailable.problem();
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, correlation id " + correlationId, thrown);
        return Problem.of(Status.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong on our side. Quote correlation id " + correlationId + " when reporting it.")
                .withCorrelationId(correlationId);
    }

    /**
     * Looks through the cause chain for a failure with a known meaning; a JAX-RS status exception
     * counts only when nothing more specific lies beneath it.
     */
    private static Problem known(Throwable thrown) {
        // A body over the limit surfaces wrapped in the JSON reader's exceptions; it decides the answer.
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyLimitFilter.TooLargeException
                    || (t.getMessage() != null && t.getMessage().contains(BodyLimitFilter.TooLargeException.MESSAGE))) {
                return tooLarge();
            }
        }
        WebApplicationException outermostWeb = null;
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Problem p = direct(t);
            if (p != null) {
                return p;
            }
            if (outermostWeb == null && t instanceof WebApplicationException w) {
                outermostWeb = w;
            }
        }
        if (outermostWeb != null && outermostWeb.getResponse().getStatus() >= 500) {
            return null; // a server-side failure: logged with a correlation id below
        }
        return outermostWeb == null ? null : web(outermostWeb);
    }

    private static Problem direct(Throwable t) {
        if (t instanceof ValidationException v) {
            return Problem.of(Status.BAD_REQUEST, v.title(), v.getMessage()).withErrors(v.errors());
        }
        if (t instanceof NotFoundException e) {
            return Problem.of(Status.NOT_FOUND, e.title(), e.getMessage());
        }
        if (t instanceof AccessDeniedException e) {
            return Problem.of(Status.FORBIDDEN, e.title(), e.getMessage());
        }
        if (t instanceof ConflictException e) {
            return Problem.of(Status.CONFLICT, e.title(), e.getMessage());
        }
        if (t instanceof DocumentWriters.Busy e) {
            return Problem.of(Status.SERVICE_UNAVAILABLE, "Server busy", e.getMessage());
        }
        if (t instanceof DomainException e) {
            return Problem.of(Status.BAD_REQUEST, e.title(), e.getMessage());
        }
        if (t instanceof ConstraintViolationException e) {
            List<FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new FieldError(field(v), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field)).toList();
            return Problem.of(Status.BAD_REQUEST, "Invalid request",
                    errors.isEmpty() ? "Invalid request" : errors.get(0).field() + ": " + errors.get(0).message())
                    .withErrors(errors);
        }
        if (t instanceof OptimisticLockException) {
            return Problem.of(Status.CONFLICT, "Stale version",
                    "The element was changed by someone else at the same time. Reload and apply your change again.");
        }
        if (t instanceof JsonbException || t instanceof JsonParsingException || t instanceof ProcessingException) {
            return Problem.of(Status.BAD_REQUEST, "Malformed JSON", jsonDetail(t));
        }
        return null;
    }

    static Problem tooLarge() {
        return Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, "Request body too large",
                "A request body may be at most " + BodyLimitFilter.MAX_BYTES + " bytes (an uploaded Word plan "
                        + BodyLimitFilter.MAX_UPLOAD_BYTES + " bytes).");
    }

    private static Problem web(WebApplicationException w) {
        Response.StatusType status = w.getResponse().getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 404 -> "There is no such resource.";
            case 405 -> "This resource does not support that method.";
            case 406 -> "This resource answers with application/json.";
            case 415 -> "Send the request body as application/json.";
            case 400 -> "The request body is missing or is not valid JSON.";
            default -> status.getReasonPhrase();
        };
        return Problem.of(status, status.getReasonPhrase(), detail);
    }

    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Json property (\\S+) can not be mapped");
    private static final Pattern JAVA_NAMES = Pattern.compile("(class )?(java|jakarta|dk\\.handleplan)\\.[\\w.$]+");

    /**
     * The parser's message says where the fault is; it is kept short and stripped of Java class
     * names, which are no business of the client.
     */
    private static String jsonDetail(Throwable t) {
        String message = "";
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getMessage() != null) {
                Matcher unknown = UNKNOWN_PROPERTY.matcher(c.getMessage());
                if (unknown.find()) {
                    return "Unknown property '" + unknown.group(1) + "': this resource has no such field.";
                }
                message = c.getMessage();
            }
        }
        message = JAVA_NAMES.matcher(message).replaceAll("the expected type").strip();
        if (message.length() > 300) {
            message = message.substring(0, 300) + "...";
        }
        return message.isBlank() ? "The request body is not valid JSON for this resource."
                : "The request body is not valid JSON for this resource: " + message;
    }

    /** "create.input.timeFrame.start" -> "timeFrame.start": the path inside the request body. */
    private static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CONSTRUCTOR || node.getKind() == ElementKind.CROSS_PARAMETER
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
