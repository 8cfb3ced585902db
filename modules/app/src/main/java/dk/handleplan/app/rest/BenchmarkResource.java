package dk.handleplan.app.rest;

import dk.handleplan.app.benchmark.BenchmarkMode;
import dk.handleplan.app.security.Guard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The benchmark's hooks (modules/benchmark, docs/performance.md): administrators only, and "not found"
 * unless handleplan.benchmark=on. Payara's OpenAPI document lists them all the same (it ignores
 * {@code hidden}); their summaries say they are for the benchmark only.
 */
@RequestScoped
@Path("api/v1/benchmark")
@Produces(MediaType.APPLICATION_JSON)
public class BenchmarkResource {

    @Inject
    BenchmarkMode mode;

    /** The floor the plan tree is measured against: a stored JSON text of the same size, no database. */
    @GET
    @Path("baseline")
    @Operation(summary = "Benchmark mode only (handleplan.benchmark=on, administrators): a stored JSON text of"
            + " about the given size, the benchmark's baseline")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public String baseline(@QueryParam("bytes") @DefaultValue("10000") int bytes) {
        return mode.baseline(bytes);
    }

    @GET
    @Path("sql-statements")
    @Operation(summary = "Benchmark mode only (handleplan.benchmark=on, administrators): the number of SQL"
            + " statements executed since start")
    @Guard(value = Guard.Element.NONE, action = Guard.Action.ADMINISTER)
    public JsonObject sqlStatements() {
        return Json.createObjectBuilder().add("total", mode.sqlStatements()).build();
    }
}
