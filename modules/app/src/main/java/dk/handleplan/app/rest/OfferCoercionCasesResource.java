package dk.handleplan.app.rest;

import dk.handleplan.app.security.Audited;
import dk.handleplan.app.security.Guard;
import dk.handleplan.coercion.CoercionCaseInput;
import dk.handleplan.coercion.CoercionCaseView;
import dk.handleplan.coercion.CoercionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An offer's coercion cases. A class of its own (the longer literal path wins over OffersResource), so
 * the coercion endpoints stay together.
 */
@RequestScoped
@Transactional
@Audited
@Path("api/v1/offers/{id}/coercion-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Coercion", description = "Coercion cases (magtanvendelse), their follow-up and the quarterly report")
public class OfferCoercionCasesResource {

    @Inject
    CoercionService coercion;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The offer's coercion cases with their deadlines and flags, newest first (the offer's"
            + " leaders and administrators; each case shown is recorded in the audit trail); optionally one"
            + " department's, or with archived=true the archived ones")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.COERCION_DETAILS)
    public List<CoercionCaseView> list(@PathParam("id") long id, @QueryParam("departmentId") Long departmentId,
            @QueryParam("archived") @DefaultValue("false") boolean archived) {
        return coercion.list(id, departmentId, archived);
    }

    @POST
    @Operation(summary = "Register a coercion case (pseudonym only, never a CPR number; the mandatory form is"
            + " still Social- og Boligstyrelsen's)")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.EDIT)
    public Response create(@PathParam("id") long id, CoercionCaseInput input) {
        CoercionCaseView created = coercion.create(id, input);
        return Created.at(uriInfo, "coercion-cases", created.id(), created);
    }
}
