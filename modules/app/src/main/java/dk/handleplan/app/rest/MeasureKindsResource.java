package dk.handleplan.app.rest;

import dk.handleplan.app.security.Audited;
import dk.handleplan.app.security.Guard;
import dk.handleplan.coercion.MeasureKindInput;
import dk.handleplan.coercion.MeasureKindService;
import dk.handleplan.coercion.MeasureKindView;
import dk.handleplan.coercion.RuleSet;
import dk.handleplan.kernel.ValidationException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The kinds of coercive measure: versioned reference data; administrators add and retire kinds, never delete. */
@RequestScoped
@Transactional
@Audited
@Path("api/v1/coercion-measure-kinds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Coercion")
public class MeasureKindsResource {

    @Inject
    MeasureKindService kinds;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The kinds of measure, by name; optionally only those for a rule set (ADULT, CHILD) and"
            + " valid on a day (validOn=2025-03-10)")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public List<MeasureKindView> list(@QueryParam("ruleSet") String ruleSet, @QueryParam("validOn") String validOn) {
        RuleSet rules = null;
        LocalDate day = null;
        try {
            rules = ruleSet == null || ruleSet.isBlank() ? null : RuleSet.valueOf(ruleSet.strip());
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("ruleSet", "is ADULT or CHILD, not " + ruleSet);
        }
        try {
            day = validOn == null || validOn.isBlank() ? null : LocalDate.parse(validOn.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of("validOn", "is not a date (yyyy-mm-dd): " + validOn);
        }
        return kinds.list(rules, day);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a kind of measure")
    @Guard(value = Guard.Element.COERCION_MEASURE_KIND, action = Guard.Action.SIGNED_IN)
    public MeasureKindView get(@PathParam("id") long id) {
        return kinds.get(id);
    }

    @POST
    @Operation(summary = "Add a kind of measure when the law changes (administrators)")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response create(MeasureKindInput input) {
        MeasureKindView created = kinds.create(input);
        return Created.at(uriInfo, "coercion-measure-kinds", created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a kind's name, rule sets or validity; retire it with validTo (administrators;"
            + " the code stays, old cases keep their kind)")
    @Guard(value = Guard.Element.COERCION_MEASURE_KIND, action = Guard.Action.ADMINISTER)
    public MeasureKindView update(@PathParam("id") long id, MeasureKindInput input) {
        return kinds.update(id, input);
    }
}
