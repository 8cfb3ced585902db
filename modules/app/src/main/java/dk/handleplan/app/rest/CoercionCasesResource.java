package dk.handleplan.app.rest;

import dk.handleplan.activities.ActivityService;
import dk.handleplan.app.security.Audited;
import dk.handleplan.app.security.Guard;
import dk.handleplan.coercion.CoercionCaseInput;
import dk.handleplan.coercion.CoercionCaseView;
import dk.handleplan.coercion.CoercionFollowUpInput;
import dk.handleplan.coercion.CoercionFollowUpView;
import dk.handleplan.coercion.CoercionService;
import dk.handleplan.kernel.NotFoundException;
import dk.handleplan.kernel.ValidationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** One coercion case and its follow-up steps. Reading details is recorded in the audit trail. */
@RequestScoped
@Transactional
@Audited
@Path("api/v1/coercion-cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Coercion")
public class CoercionCasesResource {

    @Inject
    CoercionService coercion;
    @Inject
    ActivityService activities;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("{id}")
    @Operation(summary = "Get a coercion case with its follow-up steps, deadlines and flags (recorded in the audit"
            + " trail)")
    @Guard(value = Guard.Element.COERCION_CASE, action = Guard.Action.COERCION_DETAILS)
    public CoercionCaseView get(@PathParam("id") long id) {
        return coercion.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a coercion case, e.g. when the form was sent (send the version you read)")
    @Guard(value = Guard.Element.COERCION_CASE, action = Guard.Action.EDIT)
    public CoercionCaseView update(@PathParam("id") long id, CoercionCaseInput input) {
        return coercion.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Archive a coercion case registered by mistake (it leaves the counts; nothing is deleted)")
    @Guard(value = Guard.Element.COERCION_CASE, action = Guard.Action.EDIT)
    public CoercionCaseView archive(@PathParam("id") long id) {
        return coercion.archive(id);
    }

    @POST
    @Path("{id}/restore")
    @Operation(summary = "Restore an archived coercion case")
    @Guard(value = Guard.Element.COERCION_CASE, action = Guard.Action.EDIT)
    public CoercionCaseView restore(@PathParam("id") long id) {
        return coercion.restore(id);
    }

    @GET
    @Path("{id}/follow-ups")
    @Operation(summary = "The case's follow-up steps, oldest first, or with archived=true the archived ones"
            + " (recorded in the audit trail)")
    @Guard(value = Guard.Element.COERCION_CASE, action = Guard.Action.COERCION_DETAILS)
    public List<CoercionFollowUpView> followUps(@PathParam("id") long id,
            @QueryParam("archived") @DefaultValue("false") boolean archived) {
        return coercion.followUps(id, archived);
    }

    @POST
    @Path("{id}/follow-ups")
    @Operation(summary = "Record a follow-up step; a plan action names an activity of the same offer")
    @Guard(value = Guard.Element.COERCION_CASE, action = Guard.Action.EDIT)
    public Response addFollowUp(@PathParam("id") long id, CoercionFollowUpInput input) {
        if (input != null) {
            requireActivityOf(activities, coercion.get(id).offerId(), input.activityId());
        }
        CoercionFollowUpView step = coercion.addFollowUp(id, input);
        return Created.at(uriInfo, "coercion-follow-ups", step.id(), step);
    }

    /** A plan action's activity must be one of the case's offer (the coercion module knows no activities). */
    static void requireActivityOf(ActivityService activities, long offerId, Long activityId) {
        if (activityId == null) {
            return;
        }
        try {
            if (activities.ref(activityId).offerId() == offerId) {
                return;
            }
        } catch (NotFoundException e) {
            // answered below, as for another offer's activity
        }
        throw ValidationException.of("activityId", "no activity " + activityId + " in this offer's plans");
    }
}
