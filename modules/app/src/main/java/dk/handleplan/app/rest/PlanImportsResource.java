package dk.handleplan.app.rest;

import dk.handleplan.app.export.PlanImports;
import dk.handleplan.app.security.Guard;
import dk.handleplan.themes.PlanView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Importing an existing Word plan into an offer: the DOCX gives a draft to review (nothing saved), the
 * confirmed draft becomes a plan. The creations are recorded in the audit trail one by one, as if typed.
 */
@RequestScoped
@Path("api/v1/offers/{id}/plan-imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class PlanImportsResource {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    PlanImports imports;
    @Context
    UriInfo uriInfo;

    @POST
    @Consumes({DOCX, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Read a Word plan (the DOCX as the body) into a draft with a report of what could not be"
            + " understood; nothing is saved")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.EDIT)
    public PlanImports.Preview preview(@PathParam("id") long id, byte[] docx) {
        return imports.preview(id, docx == null ? new byte[0] : docx);
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create the plan from a reviewed draft (every section with a theme of the quality model):"
            + " all of it, or nothing")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.EDIT)
    public Response confirm(@PathParam("id") long id, PlanImports.Confirmation confirmation) {
        PlanView plan = imports.create(id, confirmation);
        return Created.at(uriInfo, "plans", plan.id(), plan);
    }
}
