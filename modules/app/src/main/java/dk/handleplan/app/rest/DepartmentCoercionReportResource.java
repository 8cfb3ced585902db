package dk.handleplan.app.rest;

import dk.handleplan.app.security.Guard;
import dk.handleplan.coercion.CoercionReportView;
import dk.handleplan.coercion.CoercionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A department's quarterly coercion report: counts only, for everyone who reads its offer. */
@RequestScoped
@Transactional
@Path("api/v1/departments/{id}/coercion-report")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coercion")
public class DepartmentCoercionReportResource {

    @Inject
    CoercionService coercion;

    @GET
    @Operation(summary = "The department's coercion cases of a quarter (quarter=2025-Q1; default this quarter) by kind"
            + " and rule set, share reported on time, share fully followed up, open follow-ups, and the last 8"
            + " quarters' counts; no details")
    @Guard(value = Guard.Element.DEPARTMENT, action = Guard.Action.READ)
    public CoercionReportView report(@PathParam("id") long id, @QueryParam("quarter") String quarter) {
        return coercion.departmentReport(id, quarter);
    }
}
