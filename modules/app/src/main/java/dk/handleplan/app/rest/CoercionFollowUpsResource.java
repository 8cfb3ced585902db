package dk.handleplan.app.rest;

import dk.handleplan.activities.ActivityService;
import dk.handleplan.app.security.Audited;
import dk.handleplan.app.security.Guard;
import dk.handleplan.coercion.CoercionFollowUpInput;
import dk.handleplan.coercion.CoercionFollowUpView;
import dk.handleplan.coercion.CoercionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One follow-up step of a coercion case (recorded under {@code /coercion-cases/{id}/follow-ups}). */
@RequestScoped
@Transactional
@Audited
@Path("api/v1/coercion-follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Coercion")
public class CoercionFollowUpsResource {

    @Inject
    CoercionService coercion;
    @Inject
    ActivityService activities;

    @GET
    @Path("{id}")
    @Operation(summary = "Get a follow-up step (recorded in the audit trail)")
    @Guard(value = Guard.Element.COERCION_FOLLOW_UP, action = Guard.Action.COERCION_DETAILS)
    public CoercionFollowUpView get(@PathParam("id") long id) {
        return coercion.followUp(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a follow-up step (send the version you read)")
    @Guard(value = Guard.Element.COERCION_FOLLOW_UP, action = Guard.Action.EDIT)
    public CoercionFollowUpView update(@PathParam("id") long id, CoercionFollowUpInput input) {
        if (input != null) {
            CoercionCasesResource.requireActivityOf(activities, coercion.followUp(id).offerId(), input.activityId());
        }
        return coercion.updateFollowUp(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Archive a follow-up step recorded by mistake")
    @Guard(value = Guard.Element.COERCION_FOLLOW_UP, action = Guard.Action.EDIT)
    public CoercionFollowUpView archive(@PathParam("id") long id) {
        return coercion.archiveFollowUp(id);
    }

    @POST
    @Path("{id}/restore")
    @Operation(summary = "Restore an archived follow-up step")
    @Guard(value = Guard.Element.COERCION_FOLLOW_UP, action = Guard.Action.EDIT)
    public CoercionFollowUpView restore(@PathParam("id") long id) {
        return coercion.restoreFollowUp(id);
    }
}
