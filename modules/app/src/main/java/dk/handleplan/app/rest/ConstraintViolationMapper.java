package dk.handleplan.app.rest;

import dk.handleplan.app.web.ErrorPages;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures as problem+json. Needed beside {@link ProblemMapper} because Jersey's
 * own mapper for validation exceptions is more specific than a mapper of Throwable.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uriInfo;

    @Inject
    ErrorPages errorPages;

    @Override
    public Response toResponse(ConstraintViolationException thrown) {
        return ProblemMapper.answer(ProblemMapper.problem(thrown), uriInfo, errorPages);
    }
}
