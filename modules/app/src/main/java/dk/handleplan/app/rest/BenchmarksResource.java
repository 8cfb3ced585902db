package dk.handleplan.app.rest;

import dk.handleplan.app.security.Audited;
import dk.handleplan.app.security.Guard;
import dk.handleplan.monitoring.BenchmarkInput;
import dk.handleplan.monitoring.BenchmarkService;
import dk.handleplan.monitoring.BenchmarkValueInput;
import dk.handleplan.monitoring.BenchmarkView;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Benchmarks and their values. Those for all offers are kept by administrators and read by everyone
 * signed in; an offer's own (added under {@code /offers/{id}/benchmarks}) by its leaders.
 */
@RequestScoped
@Transactional
@Audited
@Path("api/v1/benchmarks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Monitoring")
public class BenchmarksResource {

    @Inject
    BenchmarkService benchmarks;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "The benchmarks for all offers (an offer's own: GET /offers/{id}/benchmarks)")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.SIGNED_IN)
    public List<BenchmarkView> list(@QueryParam("archived") boolean archived) {
        return benchmarks.list(null, archived);
    }

    @POST
    @Operation(summary = "Add a benchmark for all offers (e.g. the municipalities' average sick leave)")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public Response create(BenchmarkInput input) {
        BenchmarkView created = benchmarks.create(null, input);
        return Created.at(uriInfo, "benchmarks", created.id(), created);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a benchmark with its values")
    @Guard(value = Guard.Element.BENCHMARK, action = Guard.Action.READ)
    public BenchmarkView get(@PathParam("id") long id) {
        return benchmarks.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a benchmark's name, source or method (send the version you read; the figure stays)")
    @Guard(value = Guard.Element.BENCHMARK, action = Guard.Action.EDIT)
    public BenchmarkView update(@PathParam("id") long id, BenchmarkInput input) {
        return benchmarks.update(id, input);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Archive a benchmark (kept; restore with POST .../restore)")
    @Guard(value = Guard.Element.BENCHMARK, action = Guard.Action.EDIT)
    public BenchmarkView archive(@PathParam("id") long id) {
        return benchmarks.archive(id);
    }

    @POST
    @Path("{id}/restore")
    @Operation(summary = "Restore an archived benchmark")
    @Guard(value = Guard.Element.BENCHMARK, action = Guard.Action.EDIT)
    public BenchmarkView restore(@PathParam("id") long id) {
        return benchmarks.restore(id);
    }

    @PUT
    @Path("{id}/values/{period}")
    @Operation(summary = "Set the benchmark's value for a quarter (2024-Q3) or a year (2024); a stored value needs"
            + " the version you read")
    @Guard(value = Guard.Element.BENCHMARK, action = Guard.Action.EDIT)
    public BenchmarkView putValue(@PathParam("id") long id, @PathParam("period") String period,
            BenchmarkValueInput input) {
        return benchmarks.putValue(id, period, input);
    }

    @DELETE
    @Path("{id}/values/{period}")
    @Operation(summary = "Archive the benchmark's value for a period (kept, no longer used; PUT it again to restore)")
    @Guard(value = Guard.Element.BENCHMARK, action = Guard.Action.EDIT)
    public BenchmarkView archiveValue(@PathParam("id") long id, @PathParam("period") String period) {
        return benchmarks.archiveValue(id, period);
    }
}
