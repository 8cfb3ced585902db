package dk.handleplan.app.web;

import dk.handleplan.app.figures.ChartFigure;
import dk.handleplan.app.rest.BenchmarksResource;
import dk.handleplan.app.rest.OffersResource;
import dk.handleplan.app.rest.TargetsResource;
import dk.handleplan.app.security.Caller;
import dk.handleplan.app.security.Guard;
import dk.handleplan.goals.GoalService;
import dk.handleplan.goals.GoalView;
import dk.handleplan.kernel.AccessDeniedException;
import dk.handleplan.kernel.FieldError;
import dk.handleplan.monitoring.BenchmarkInput;
import dk.handleplan.monitoring.BenchmarkService;
import dk.handleplan.monitoring.BenchmarkValueInput;
import dk.handleplan.monitoring.BenchmarkView;
import dk.handleplan.monitoring.TargetInput;
import dk.handleplan.monitoring.TargetService;
import dk.handleplan.monitoring.TargetView;
import dk.handleplan.people.OfferService;
import dk.handleplan.people.OfferView;
import dk.handleplan.themes.PlanService;
import dk.handleplan.themes.PlanView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Mål og benchmark" of an offer: its targets (for the whole offer or a department, a value or a
 * benchmark to stay at or below, linked to a plan goal) and the benchmarks its figures are compared
 * with, with their values. Leaders of the offer change them; administrators also keep the benchmarks
 * for all offers. Every change goes through the API's resources (same rules, same audit trail).
 */
@RequestScoped
@Path("noegletal/maal")
@Produces(Editing.HTML)
public class TargetPages {

    @Inject
    Pages pages;
    @Inject
    Caller caller;
    @Inject
    OfferService offers;
    @Inject
    PlanService plans;
    @Inject
    GoalService goals;
    @Inject
    TargetService targets;
    @Inject
    BenchmarkService benchmarks;
    @Inject
    OffersResource offerApi;
    @Inject
    TargetsResource targetApi;
    @Inject
    BenchmarksResource benchmarkApi;

    /** A form's state: what was typed and the Danish errors per field ("" for the form as a whole). */
    record Form(String name, Map<String, String> values, Map<String, String> errors) {
        static Form empty(String name) {
            return new Form(name, new HashMap<>(), Map.of());
        }
    }

    @GET
    @Path("tilbud/{id}")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.READ)
    public String page(@PathParam("id") long id, @QueryParam("ret") Long edit) {
        Form form = Form.empty("maal");
        if (edit != null) {
            TargetView t = targets.get(edit);
            if (t.offerId() == id) {
                form = new Form("ret-" + t.id(), targetValues(t), Map.of());
            }
        }
        return render(id, form);
    }

    @POST
    @Path("tilbud/{id}")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.EDIT)
    public Response addTarget(@PathParam("id") long id, @FormParam("figure") String figure,
            @FormParam("departmentId") String department, @FormParam("rollingYear") String rollingYear,
            @FormParam("value") String value, @FormParam("benchmarkId") String benchmark,
            @FormParam("goalId") String goal, @FormParam("note") String note) {
        return saveTarget(id, null, null, figure, department, rollingYear, value, benchmark, goal, note);
    }

    @POST
    @Path("{id}/ret")
    @Guard(value = Guard.Element.TARGET, action = Guard.Action.EDIT)
    public Response changeTarget(@PathParam("id") long id, @FormParam("version") Long version,
            @FormParam("figure") String figure, @FormParam("departmentId") String department,
            @FormParam("rollingYear") String rollingYear, @FormParam("value") String value,
            @FormParam("benchmarkId") String benchmark, @FormParam("goalId") String goal,
            @FormParam("note") String note) {
        return saveTarget(targets.get(id).offerId(), id, version, figure, department, rollingYear, value, benchmark,
                goal, note);
    }

    @POST
    @Path("{id}/arkiver")
    @Guard(value = Guard.Element.TARGET, action = Guard.Action.EDIT)
    public Response archiveTarget(@PathParam("id") long id) {
        targetApi.archive(id);
        return back(targets.get(id).offerId(), "maal");
    }

    @POST
    @Path("tilbud/{id}/benchmark")
    @Guard(value = Guard.Element.OFFER, action = Guard.Action.EDIT)
    public Response addBenchmark(@PathParam("id") long id, @FormParam("figure") String figure,
            @FormParam("name") String name, @FormParam("source") String source, @FormParam("method") String method,
            @FormParam("allOffers") String allOffers) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("figure", figure);
        typed.put("name", name);
        typed.put("source", source);
        typed.put("method", method);
        typed.put("allOffers", allOffers);
        boolean forAll = "true".equals(allOffers);
        if (forAll && !caller.isAdministrator()) {
            throw new AccessDeniedException("Only administrators may add benchmarks for all offers.");
        }
        BenchmarkInput input = new BenchmarkInput(figure, name, source, method, null);
        Editing.Outcome<Response> outcome = Editing.run(() -> forAll ? benchmarkApi.create(input)
                : offerApi.createBenchmark(id, input));
        if (outcome.ok()) {
            return back(id, "benchmarks");
        }
        return Response.status(422).entity(render(id, new Form("benchmark", typed, outcome.errors()))).build();
    }

    /** A benchmark's value for a period: a new period, or (with the version shown) a stored one corrected. */
    @POST
    @Path("benchmark/{id}/vaerdi")
    @Guard(value = Guard.Element.BENCHMARK, action = Guard.Action.EDIT)
    public Response putValue(@PathParam("id") long id, @FormParam("tilbud") long offerId,
            @FormParam("period") String period, @FormParam("value") String value, @FormParam("version") Long version) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("period", period);
        typed.put("value", value);
        List<FieldError> errors = new ArrayList<>();
        Double number = MonitoringPages.decimal(typed, "value", true, errors);
        BenchmarkView benchmark = benchmarks.get(id);
        boolean stored = benchmark.values().stream().anyMatch(v -> v.period().equals(period == null ? "" : period.strip()));
        if (version == null && stored) {
            errors.add(new FieldError("period", "Der er allerede en værdi for perioden; ret den i listen."));
        }
        Editing.Outcome<Object> outcome = errors.isEmpty()
                ? Editing.<Object>run(() -> benchmarkApi.putValue(id, period == null ? "" : period.strip(),
                        new BenchmarkValueInput(number, version)))
                : new Editing.Outcome<>(null, FormErrors.of(errors), false);
        if (outcome.ok()) {
            return back(offerId, "benchmark-" + id);
        }
        Map<String, String> shown = outcome.stale() ? Map.of("", "Værdien er ændret af en anden. Genindlæs siden.")
                : outcome.errors();
        return Response.status(422).entity(render(offerId, new Form("vaerdi-" + id, typed, shown))).build();
    }

    private Response saveTarget(long offerId, Long targetId, Long version, String figure, String department,
            String rollingYear, String value, String benchmark, String goal, String note) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("figure", figure);
        typed.put("departmentId", department);
        typed.put("rollingYear", rollingYear);
        typed.put("value", value);
        typed.put("benchmarkId", benchmark);
        typed.put("goalId", goal);
        typed.put("note", note);
        List<FieldError> errors = new ArrayList<>();
        Double number = MonitoringPages.decimal(typed, "value", true, errors);
        TargetInput input = new TargetInput(figure, id(department), !"false".equals(rollingYear), number, id(benchmark),
                id(goal), note, version);
        Editing.Outcome<Object> outcome = errors.isEmpty()
                ? Editing.<Object>run(() -> targetId == null ? offerApi.createTarget(offerId, input)
                        : targetApi.update(targetId, input))
                : new Editing.Outcome<>(null, FormErrors.of(errors), false);
        if (outcome.ok()) {
            return back(offerId, "maal");
        }
        Map<String, String> shown = outcome.stale() ? Map.of("", "Målet er ændret af en anden. Genindlæs siden.")
                : outcome.errors();
        return Response.status(422).entity(render(offerId, new Form(targetId == null ? "maal" : "ret-" + targetId,
                typed, shown))).build();
    }

    private String render(long offerId, Form form) {
        OfferView offer = offers.get(offerId);
        Map<String, Object> model = new HashMap<>();
        Map<Long, String> goalChoices = new LinkedHashMap<>();
        for (PlanView plan : plans.list(offerId, false)) {
            for (GoalView g : goals.allOfPlan(plan.id())) {
                if (!g.archived()) {
                    goalChoices.put(g.id(), g.text() + " (" + plan.title() + ")");
                }
            }
        }
        Map<Long, String> departmentNames = new HashMap<>();
        offer.departments().forEach(d -> departmentNames.put(d.id(), d.name()));
        model.put("departmentNames", departmentNames);
        model.put("offer", offer);
        model.put("targets", targets.list(offerId, false));
        model.put("benchmarks", benchmarks.list(offerId, false));
        model.put("figures", ChartFigure.values());
        model.put("goals", goalChoices);
        model.put("canEdit", caller.canEdit(offerId));
        model.put("isAdmin", caller.isAdministrator());
        model.put("form", form);
        boolean targetForm = form.name().equals("maal") || form.name().startsWith("ret-");
        model.put("editing", form.name().startsWith("ret-") ? form.name().substring(4) : null);
        model.put("tf", targetForm ? form.values() : Map.of());
        model.put("te", targetForm ? form.errors() : Map.of());
        model.put("bf", form.name().equals("benchmark") ? form.values() : Map.of());
        model.put("be", form.name().equals("benchmark") ? form.errors() : Map.of());
        return pages.page("noegletal-maal", "Mål og benchmark: " + offer.name(), model);
    }

    private static Map<String, String> targetValues(TargetView t) {
        Map<String, String> values = new HashMap<>();
        values.put("figure", t.figure().name());
        values.put("departmentId", t.departmentId() == null ? "" : t.departmentId().toString());
        values.put("rollingYear", Boolean.toString(t.rollingYear()));
        values.put("value", t.value() == null ? "" : dk.handleplan.monitoring.DanishNumber.format(t.value(), 2));
        values.put("benchmarkId", t.benchmarkId() == null ? "" : t.benchmarkId().toString());
        values.put("goalId", t.goalId() == null ? "" : t.goalId().toString());
        values.put("note", t.note() == null ? "" : t.note());
        values.put("version", Long.toString(t.version()));
        return values;
    }

    private static Long id(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1L; // answered by the API as no such department, benchmark or goal
        }
    }

    private static Response back(long offerId, String anchor) {
        return Response.seeOther(URI.create("/noegletal/maal/tilbud/" + offerId + "#" + anchor)).build();
    }
}
