package dk.handleplan.app.rest;

import dk.handleplan.people.DepartmentInput;
import dk.handleplan.people.DepartmentView;
import dk.handleplan.people.OfferService;
import dk.handleplan.app.security.Guard;
import dk.handleplan.app.security.Audited;
import dk.handleplan.coercion.CoercionReportView;
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
import dk.handleplan.monitoring.Figure;
import dk.handleplan.monitoring.FigureSeries;
import dk.handleplan.monitoring.FigureSeriesService;
import dk.handleplan.monitoring.KeyFiguresView;
import dk.handleplan.monitoring.StaffFiguresInput;
import dk.handleplan.monitoring.StaffFiguresService;
import dk.handleplan.monitoring.StaffFiguresView;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@RequestScoped
@Transactional
@Audited
@Path("api/v1/departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Offers")
public class DepartmentsResource {

    @Inject
    CoercionService coercion;
    @Inject
    OfferService offers;

    @Inject
    StaffFiguresService staffFigures;

    @Inject
    MonitoringSettings monitoring;
    @Inject
    FigureSeriesService series;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("{id}")
    @Operation(summary = "Get a department")
    @Guard(value = Guard.Element.DEPARTMENT, action = Guard.Action.READ)
    public DepartmentView get(@PathParam("id") long id) {
        return offers.department(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rename a department (send the version you read)")
    @Guard(value = Guard.Element.DEPARTMENT, action = Guard.Action.ADMINISTER)
    public DepartmentView update(@PathParam("id") long id, DepartmentInput input) {
        return offers.updateDepartment(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Archive a department (restorable)")
    @Guard(value = Guard.Element.DEPARTMENT, action = Guard.Action.ADMINISTER)
    public DepartmentView archive(@PathParam("id") long id) {
        return offers.archiveDepartment(id);
    }

    @POST
    @Path("{id}/restore")
    @Operation(summary = "Restore an archived department")
    @Guard(value = Guard.Element.DEPARTMENT, action = Guard.Action.ADMINISTER)
    public DepartmentView restore(@PathParam("id") long id) {
        return offers.restoreDepartment(id);
    }

    @GET
    @Path("{id}/staff-figures")
    @Operation(summary = "The department's quarterly staff figures, oldest first")
    @Guard(value = Guard.Element.DEPARTMENT, action = Guard.Action.READ)
    public List<StaffFiguresView> staffFigures(@PathParam("id") long id) {
        return staffFigures.ofDepartment(id);
    }

    @POST
    @Path("{id}/staff-figures")
    @Operation(summary = "Enter the department's staff figures for a quarter (one set per quarter; 409 if it exists)")
    @Guard(value = Guard.Element.DEPARTMENT, action = Guard.Action.EDIT)
    public Response addStaffFigures(@PathParam("id") long id, StaffFiguresInput input) {
        StaffFiguresView created = staffFigures.add(id, input);
        return Created.at(uriInfo, "staff-figures", created.id(), created);
    }

    @GET
    @Path("{id}/figure-series/{figure}")
    @Operation(summary = "A figure (TURNOVER, SICK_LEAVE_TILBUDSPORTALEN, SICK_LEAVE_MUNICIPAL, TEMP_SHARE) of the"
            + " department per quarter, with its target (its own, else the offer's) and benchmarks and the status"
            + " against each; quarter= the last (default: the last whole quarter), quarters= how many (default 8)")
    @Guard(value = Guard.Element.DEPARTMENT, action = Guard.Action.READ)
    public FigureSeries figureSeries(@PathParam("id") long id, @PathParam("figure") String figure,
            @QueryParam("quarter") String quarter, @QueryParam("quarters") Integer quarters) {
        return series.departmentSeries(id, Figure.parse(figure, "figure"), monitoring.quarterOrLast(quarter),
                quarters == null ? 8 : quarters, monitoring.countInternalMoves());
    }

    @GET
    @Path("{id}/key-figures")
    @Operation(summary = "The department's turnover, sick leave (both methods) and temp share for a quarter"
            + " (default: the last whole quarter) and the rolling year ending with it")
    @Guard(value = Guard.Element.DEPARTMENT, action = Guard.Action.READ)
    public KeyFiguresView keyFigures(@PathParam("id") long id, @QueryParam("quarter") String quarter) {
        return staffFigures.ofDepartment(id, monitoring.quarterOrLast(quarter), monitoring.countInternalMoves());
    }

    @GET
    @Path("{id}/coercion-report")
    @Operation(summary = "The department's coercion cases of a quarter (quarter=2025-Q1; default this quarter) by kind"
            + " and rule set, share reported on time, share fully followed up, open follow-ups, and the last 8"
            + " quarters' counts; no details")
    @Tag(name = "Coercion")
    @Guard(value = Guard.Element.DEPARTMENT, action = Guard.Action.READ)
    public CoercionReportView coercionReport(@PathParam("id") long id, @QueryParam("quarter") String quarter) {
        return coercion.departmentReport(id, quarter);
    }
}
