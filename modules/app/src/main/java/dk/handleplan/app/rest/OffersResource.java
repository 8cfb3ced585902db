package dk.handleplan.app.rest;

import dk.handleplan.people.DepartmentInput;
import dk.handleplan.people.DepartmentView;
import dk.handleplan.people.OfferInput;
import dk.handleplan.people.OfferService;
import dk.handleplan.people.OfferView;
import dk.handleplan.access.SupervisorGrantInput;
import dk.handleplan.access.SupervisorGrantService;
import dk.handleplan.access.SupervisorGrantView;
import dk.handleplan.app.security.Caller;
import dk.handleplan.app.security.Guard;
import dk.handleplan.app.security.Audited;
import dk.handleplan.audit.AuditEntry;
import dk.handleplan.audit.AuditService;
import dk.handleplan.coercion.CoercionReportView;
import dk.handleplan.coercion.CoercionService;
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
import dk.handleplan.monitoring.AnnualKeyFiguresView;
import dk.handleplan.monitoring.BenchmarkInput;
import dk.handleplan.monitoring.BenchmarkService;
import dk.handleplan.monitoring.BenchmarkView;
import dk.handleplan.monitoring.Figure;
import dk.handleplan.monitoring.FigureSeries;
import dk.handleplan.monitoring.FigureSeriesService;
import dk.handleplan.monitoring.KeyFiguresReports;
import dk.handleplan.monitoring.KeyFiguresView;
import dk.handleplan.monitoring.TargetInput;
import dk.handleplan.monitoring.TargetService;
import dk.handleplan.monitoring.TargetView;
import dk.handleplan.monitoring.StaffFiguresService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Transactional
@Audited
@Path("api/v1/offers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Offers", description = "Offers (tilbud) and their departments")
public class OffersResource {

    @Inject
    CoercionService coercion;
    @Inject
    BenchmarkService benchmarks;
    @Inject
    TargetService targets;
    @Inject
    FigureSeriesService series;
    @Inject
    KeyFiguresReports reports;
    @Inject
    OfferService offers;

    @Inject
    Caller caller;

    @Inject
    SupervisorGrantService grants;

    @Inject
    AuditService audit;

    @Context
    UriInfo uriInfo;

    @Inject
    StaffFiguresService staffFigures;

    @Inject
    MonitoringSettings monitoring;

    @GET
    @Operation(summary = "List offers: the active ones, or with archived=true the archived ones")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public List<OfferView> list(@QueryParam("archived") @DefaultValue("false") boolean archived) {
        return offers.list(archived).stream().filter(o -> caller.canRead(o.id())).toList();
    }

    @POST
    @Operation(summary = "Create an offer")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response create(OfferInput input) {
        OfferView offer = offers.create(input);
        return Created.at(uriInfo, "offers", offer.id(), offer);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get an offer with its departments")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.READ)
    public OfferView get(@PathParam("id") long id) {
        return offers.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an offer (send the version you read)")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.ADMINISTER)
    public OfferView update(@PathParam("id") long id, OfferInput input) {
        return offers.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Archive an offer (restorable)")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.ADMINISTER)
    public OfferView archive(@PathParam("id") long id) {
        return offers.archive(id);
    }

    @POST
    @Path("{id}/restore")
    @Operation(summary = "Restore an archived offer")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.ADMINISTER)
    public OfferView restore(@PathParam("id") long id) {
        return offers.restore(id);
    }

    @GET
    @Path("{id}/departments")
    @Operation(summary = "List an offer's departments: the active ones, or with archived=true the archived ones")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.READ)
    public List<DepartmentView> departments(@PathParam("id") long id,
            @QueryParam("archived") @DefaultValue("false") boolean archived) {
        return offers.departments(id, archived);
    }

    @POST
    @Path("{id}/departments")
    @Operation(summary = "Add a department to an offer")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.ADMINISTER)
    public Response addDepartment(@PathParam("id") long id, DepartmentInput input) {
        DepartmentView department = offers.addDepartment(id, input);
        return Created.at(uriInfo, "departments", department.id(), department);
    }

    @GET
    @Path("{id}/supervisors")
    @Operation(summary = "Supervisors' current access to the offer (administrators, the offer's aftaleholder)")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.GRANT_SUPERVISION)
    public List<SupervisorGrantView> supervisors(@PathParam("id") long id) {
        return grants.ofOffer(id);
    }

    @POST
    @Path("{id}/supervisors")
    @Operation(summary = "Give a supervisor account read-only access to the offer until a date")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.GRANT_SUPERVISION)
    public Response grantSupervisor(@PathParam("id") long id, SupervisorGrantInput input) {
        SupervisorGrantView grant = grants.grant(id, input, caller.username());
        return Created.at(uriInfo, "supervisor-grants", grant.id(), grant);
    }

    @GET
    @Path("{id}/audit")
    @Operation(summary = "The offer's audit trail, newest first (its leaders, aftaleholder, administrators);"
            + " optionally of one element (elementType=Goal&elementId=12)")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.AUDIT)
    public List<AuditEntry> audit(@PathParam("id") long id, @QueryParam("elementType") String elementType,
            @QueryParam("elementId") Long elementId) {
        return audit.ofOffer(id, elementType, elementId);
    }

    @GET
    @Path("{id}/key-figures")
    @Operation(summary = "The offer's turnover, sick leave (both methods) and temp share, all departments together,"
            + " for a quarter (default: the last whole quarter) and the rolling year ending with it")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.READ)
    public KeyFiguresView keyFigures(@PathParam("id") long id, @QueryParam("quarter") String quarter) {
        return staffFigures.ofOffer(id, monitoring.quarterOrLast(quarter), monitoring.countInternalMoves());
    }

    @GET
    @Path("{id}/annual-key-figures")
    @Operation(summary = "The offer's key figures of a calendar year for its annual report on Tilbudsportalen"
            + " (due 1 May the year after), all departments together and per department; year=2024 (default:"
            + " last year)")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.READ)
    public AnnualKeyFiguresView annualKeyFigures(@PathParam("id") long id, @QueryParam("year") String year) {
        return reports.annual(id, monitoring.yearOrLast(year), monitoring.countInternalMoves());
    }

    @GET
    @Path("{id}/figure-series/{figure}")
    @Operation(summary = "A figure (TURNOVER, SICK_LEAVE_TILBUDSPORTALEN, SICK_LEAVE_MUNICIPAL, TEMP_SHARE) of the"
            + " offer per quarter, with its target and benchmarks and the status against each; quarter= the last"
            + " (default: the last whole quarter), quarters= how many (default 8)")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.READ)
    public FigureSeries figureSeries(@PathParam("id") long id, @PathParam("figure") String figure,
            @QueryParam("quarter") String quarter, @QueryParam("quarters") Integer quarters) {
        return series.offerSeries(id, Figure.parse(figure, "figure"), monitoring.quarterOrLast(quarter),
                quarters == null ? 8 : quarters, monitoring.countInternalMoves());
    }

    @GET
    @Path("{id}/benchmarks")
    @Operation(summary = "The benchmarks the offer's figures are compared with: those for all offers and its own")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.READ)
    public List<BenchmarkView> benchmarks(@PathParam("id") long id, @QueryParam("archived") boolean archived) {
        return benchmarks.list(id, archived);
    }

    @POST
    @Path("{id}/benchmarks")
    @Operation(summary = "Add a benchmark of the offer's own (e.g. comparable offers' average), then its values")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.EDIT)
    public Response createBenchmark(@PathParam("id") long id, BenchmarkInput input) {
        BenchmarkView created = benchmarks.create(id, input);
        return Created.at(uriInfo, "benchmarks", created.id(), created);
    }

    @GET
    @Path("{id}/targets")
    @Operation(summary = "The offer's targets (for the whole offer and per department)")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.READ)
    public List<TargetView> targets(@PathParam("id") long id, @QueryParam("archived") boolean archived) {
        return targets.list(id, archived);
    }

    @POST
    @Path("{id}/targets")
    @Operation(summary = "Set a target for a figure, for the offer or one department: a value or a benchmark to stay"
            + " at or below, optionally linked to the plan goal it measures (409 when the figure has one: change it)")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.EDIT)
    public Response createTarget(@PathParam("id") long id, TargetInput input) {
        TargetView created = targets.create(id, input);
        return Created.at(uriInfo, "targets", created.id(), created);
    }

    @GET
    @Path("{id}/coercion-report")
    @Operation(summary = "The offer's coercion cases of a quarter (quarter=2025-Q1; default this quarter) by kind"
            + " and rule set, share reported on time, share fully followed up, open follow-ups, and the last 8"
            + " quarters' counts; no details")
    @Tag(name = "Coercion")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.READ)
    public CoercionReportView coercionReport(@PathParam("id") long id, @QueryParam("quarter") String quarter) {
        return coercion.offerReport(id, quarter);
    }
}
