package dk.handleplan.app.rest;

import dk.handleplan.app.security.Audited;
import dk.handleplan.app.security.Guard;
import dk.handleplan.coercion.CoercionService;
import dk.handleplan.coercion.RetentionRun;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Runs the coercion retention rule now, as the nightly job does (next to /admin/digest). */
@RequestScoped
@Transactional
@Audited
@Path("api/v1/admin/coercion-retention")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class CoercionRetentionResource {

    @Inject
    CoercionService coercion;

    /** Named create…: the audit trail records the run as a new element, with its count. */
    @POST
    @Operation(summary = "Reduce coercion cases older than handleplan.coercion.retention-months to their statistics"
            + " now (administrators); answers how many were reduced")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public RetentionRun createRetentionRun() {
        return coercion.reduceExpired();
    }
}
