package dk.handleplan.app.rest;

import dk.handleplan.app.export.ExportFormat;
import dk.handleplan.app.export.PlanExports;
import dk.handleplan.app.security.AuditTrail;
import dk.handleplan.app.security.Caller;
import dk.handleplan.app.security.Guard;
import dk.handleplan.themes.PlanService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A plan's exports for the supervisor, as of now or as of a revision. Everyone who reads the plan may
 * export it (the supervisor role too); every export is written to the audit trail.
 */
@RequestScoped
@Transactional
@Path("api/v1/plans/{id}/export")
@Tag(name = "Plans")
public class PlanExportResource {

    @Inject
    PlanExports exports;
    @Inject
    PlanService plans;
    @Inject
    AuditTrail trail;
    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The plan as PDF (A4 landscape), Word, spreadsheet or CSV of its activities, JSON, or"
            + " the visit pack (zip: all of them and the monitoring appendix); as of revision N, or as of now")
    @Guard(value = Guard.Element.PLAN, action = Guard.Action.READ)
    public Response export(@PathParam("id") long id, @QueryParam("format") String format,
            @QueryParam("revision") Integer revision) {
        ExportFormat chosen = ExportFormat.parse(format);
        PlanExports.Export export = exports.export(id, chosen, revision);
        trail.exported(caller.username(), plans.get(id).offerId(), id,
                chosen.extension() + (revision == null ? "" : " (revision " + revision + ")"));
        return Response.ok(export.content(), export.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + export.filename() + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
